-- The UPR workspace: reviews of a State in the UN Universal Periodic Review, the recommendations
-- drafted for them (one row per revision; revisions of the same recommendation share a series),
-- their timelines, and the templates drafters start from.
create table upr_review (
    id                  uuid          not null,
    state_under_review  varchar(200)  not null,
    cycle_number        integer       not null,
    wg_session          integer       not null,
    review_date         date          not null,
    submission_deadline date,
    submission_type     varchar(30)   not null,
    word_limit          integer,
    created_by          varchar(255)  not null,
    created_at          timestamp(6) with time zone not null,
    lock_version        bigint        not null,
    constraint pk_upr_review primary key (id),
    constraint ck_upr_review_type check (submission_type in ('STATE', 'STAKEHOLDER_INDIVIDUAL', 'STAKEHOLDER_JOINT')),
    constraint ck_upr_review_numbers check (cycle_number > 0 and wg_session > 0 and (word_limit is null or word_limit > 0))
);

create table upr_recommendation (
    id              uuid          not null,
    review_id       uuid          not null,
    series_id       uuid          not null,
    revision        integer       not null,
    body            varchar(4000) not null,
    action_category integer       not null,
    status          varchar(20)   not null,
    template_code   varchar(60),
    created_by      varchar(255)  not null,
    created_at      timestamp(6) with time zone not null,
    submitted_by    varchar(255),
    approved_by     varchar(255),
    approved_at     timestamp(6) with time zone,
    revision_of     uuid,
    superseded_by   uuid,
    state_response  varchar(20),
    follow_up       varchar(4000),
    lock_version    bigint        not null,
    constraint pk_upr_recommendation primary key (id),
    constraint uq_upr_recommendation_revision unique (series_id, revision),
    constraint fk_upr_recommendation_review foreign key (review_id) references upr_review (id),
    constraint ck_upr_recommendation_status check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED')),
    constraint ck_upr_recommendation_category check (action_category between 1 and 5),
    constraint ck_upr_recommendation_response check (state_response is null or state_response in ('SUPPORTED', 'NOTED'))
);
create index ix_upr_recommendation_review on upr_recommendation (review_id, status);

create table upr_recommendation_theme (
    recommendation_id uuid        not null,
    theme             varchar(40) not null,
    constraint pk_upr_recommendation_theme primary key (recommendation_id, theme),
    constraint fk_upr_recommendation_theme foreign key (recommendation_id) references upr_recommendation (id)
);
create index ix_upr_recommendation_theme on upr_recommendation_theme (theme);

create table upr_recommendation_citation (
    recommendation_id uuid    not null,
    ordinal           integer not null,
    evidence_id       uuid    not null,
    constraint pk_upr_recommendation_citation primary key (recommendation_id, ordinal),
    constraint fk_upr_recommendation_citation foreign key (recommendation_id) references upr_recommendation (id),
    constraint fk_upr_recommendation_citation_evidence foreign key (evidence_id) references evidence_item (id)
);

create table upr_recommendation_anchor (
    recommendation_id uuid         not null,
    ordinal           integer      not null,
    anchor            varchar(500) not null,
    constraint pk_upr_recommendation_anchor primary key (recommendation_id, ordinal),
    constraint fk_upr_recommendation_anchor foreign key (recommendation_id) references upr_recommendation (id)
);

create table upr_recommendation_contributor (
    recommendation_id uuid         not null,
    username          varchar(255) not null,
    constraint pk_upr_recommendation_contributor primary key (recommendation_id, username),
    constraint fk_upr_recommendation_contributor foreign key (recommendation_id) references upr_recommendation (id)
);

create table upr_recommendation_event (
    id                uuid          not null,
    recommendation_id uuid          not null,
    kind              varchar(30)   not null,
    actor             varchar(255)  not null,
    occurred_at       timestamp(6) with time zone not null,
    comment           varchar(4000),
    constraint pk_upr_recommendation_event primary key (id),
    constraint fk_upr_recommendation_event foreign key (recommendation_id) references upr_recommendation (id)
);
create index ix_upr_recommendation_event on upr_recommendation_event (recommendation_id, occurred_at);

create table upr_template (
    code            varchar(60)   not null,
    ordinal         integer       not null,
    title           varchar(200)  not null,
    body            varchar(4000) not null,
    action_category integer       not null,
    constraint pk_upr_template primary key (code),
    constraint ck_upr_template_category check (action_category between 1 and 5)
);

create table upr_template_theme (
    template_code varchar(60) not null,
    theme         varchar(40) not null,
    constraint pk_upr_template_theme primary key (template_code, theme),
    constraint fk_upr_template_theme foreign key (template_code) references upr_template (code)
);

create table upr_template_anchor (
    template_code varchar(60)  not null,
    ordinal       integer      not null,
    anchor        varchar(500) not null,
    constraint pk_upr_template_anchor primary key (template_code, ordinal),
    constraint fk_upr_template_anchor foreign key (template_code) references upr_template (code)
);

create table upr_template_citation (
    template_code varchar(60) not null,
    ordinal       integer     not null,
    evidence_id   uuid        not null,
    constraint pk_upr_template_citation primary key (template_code, ordinal),
    constraint fk_upr_template_citation foreign key (template_code) references upr_template (code),
    constraint fk_upr_template_citation_evidence foreign key (evidence_id) references evidence_item (id)
);
