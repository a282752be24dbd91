-- Recommendations as the UN recorded them in earlier (or current) cycles, imported from the CSV
-- layout in docs/UPR-DATA.md: who recommended what to whom, in which session, and what the State
-- under review answered. They are the record, not the team's drafts: no workflow, no revisions.
-- identity_key is the source's id when the file has one, else the document symbol with its
-- paragraph, else a hash of State, session and text; a re-import finds the same row by it.
create table upr_record (
    id                 uuid          not null,
    identity_key       varchar(300)  not null,
    source_id          varchar(100),
    state_under_review varchar(200)  not null,
    recommending_state varchar(200)  not null,
    cycle_number       integer       not null,
    wg_session         integer       not null,
    document_symbol    varchar(100),
    paragraph          varchar(30),
    body               varchar(4000) not null,
    response           varchar(20),
    response_wording   varchar(500),
    action_category    integer,
    imported_by        varchar(255)  not null,
    imported_at        timestamp(6) with time zone not null,
    changed_at         timestamp(6) with time zone,
    lock_version       bigint        not null,
    constraint pk_upr_record primary key (id),
    constraint uq_upr_record_identity unique (identity_key),
    constraint ck_upr_record_response check (response is null or response in ('SUPPORTED', 'NOTED', 'OTHER')),
    constraint ck_upr_record_category check (action_category is null or action_category between 1 and 5),
    constraint ck_upr_record_numbers check (cycle_number > 0 and wg_session > 0)
);
create index ix_upr_record_state on upr_record (state_under_review, cycle_number, recommending_state);
create index ix_upr_record_recommending on upr_record (recommending_state);

-- Themes as the source names them ("Labour", "Minorities"); Theme.parse maps the ones Onus knows.
create table upr_record_theme (
    record_id uuid         not null,
    theme     varchar(100) not null,
    constraint pk_upr_record_theme primary key (record_id, theme),
    constraint fk_upr_record_theme foreign key (record_id) references upr_record (id)
);
create index ix_upr_record_theme on upr_record_theme (theme);

-- A draft may be proposed for a recommending State to make in the interactive dialogue: it then
-- goes into the advocacy brief for that State's permanent mission.
alter table upr_recommendation add column proposed_for varchar(200);
create index ix_upr_recommendation_proposed on upr_recommendation (review_id, proposed_for);
