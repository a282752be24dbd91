-- A review's two kinds of work product: the stakeholder submission (upr_review.submission_type, as
-- before), now with the organisations that co-sign it, and an advocacy brief for the permanent
-- mission of each recommending State listed here. A co-signer's contact is internal: it is never
-- printed in an export. The aggregate keeps names and States distinct ignoring case.
create table upr_review_co_signer (
    review_id uuid         not null,
    ordinal   integer      not null,
    name      varchar(200) not null,
    country   varchar(200),
    contact   varchar(500),
    constraint pk_upr_review_co_signer primary key (review_id, ordinal),
    constraint fk_upr_review_co_signer foreign key (review_id) references upr_review (id)
);

create table upr_review_brief (
    review_id          uuid         not null,
    ordinal            integer      not null,
    recommending_state varchar(200) not null,
    constraint pk_upr_review_brief primary key (review_id, ordinal),
    constraint fk_upr_review_brief foreign key (review_id) references upr_review (id)
);

-- The seeded review of China (4th cycle, 45th session) is a joint stakeholder submission with a set
-- of briefs. The co-signing organisations are invented for the demonstration.
insert into upr_review_co_signer (review_id, ordinal, name, country, contact) values
    ('c0000000-0000-4000-8000-000000000045', 0, 'Coalition for Supply Chain Transparency (fictional)', 'Netherlands', 'coordinator@example.org'),
    ('c0000000-0000-4000-8000-000000000045', 1, 'Forced Labour Research Network (fictional)', 'United Kingdom', 'research-desk@example.org'),
    ('c0000000-0000-4000-8000-000000000045', 2, 'Uyghur Workers Solidarity Forum (fictional)', 'Germany', null);

insert into upr_review_brief (review_id, ordinal, recommending_state) values
    ('c0000000-0000-4000-8000-000000000045', 0, 'Germany'),
    ('c0000000-0000-4000-8000-000000000045', 1, 'France'),
    ('c0000000-0000-4000-8000-000000000045', 2, 'United Kingdom'),
    ('c0000000-0000-4000-8000-000000000045', 3, 'Canada'),
    ('c0000000-0000-4000-8000-000000000045', 4, 'Australia'),
    ('c0000000-0000-4000-8000-000000000045', 5, 'Netherlands');
