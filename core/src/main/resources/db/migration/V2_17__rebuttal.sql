-- Rebuttals: the route and its requirements, the evidence offered with the engine's admissibility
-- judgement and the officer's review, decisions, approvals and protests.
alter table detention_case add column route varchar(20);
alter table detention_case add column rebuttal_statement varchar(8000);
alter table detention_case add column rebuttal_filed_at timestamp(6) with time zone;
alter table detention_case add column rebuttal_filed_by varchar(255);
alter table detention_case add column info_requests integer default 0 not null;
alter table detention_case add column decided_by varchar(255);
alter table detention_case add column decision_reason varchar(4000);
alter table detention_case add column decided_at timestamp(6) with time zone;
alter table detention_case add column approved_by varchar(255);
alter table detention_case add column closed_on date;
alter table detention_case add column protest_deadline date;
alter table detention_case add column protest_statement varchar(8000);
alter table detention_case add column protested_at timestamp(6) with time zone;
alter table detention_case add column protested_by varchar(255);

create table case_requirement (
    case_id     uuid          not null,
    position    integer       not null,
    code        varchar(80)   not null,
    description varchar(1000) not null,
    constraint pk_case_requirement primary key (case_id, position),
    constraint fk_case_requirement_case foreign key (case_id) references detention_case (id)
);

create table case_evidence (
    id                   uuid          not null,
    case_id              uuid          not null,
    evidence_type        varchar(30)   not null,
    requirement_code     varchar(80),
    description          varchar(2000) not null,
    file_name            varchar(255)  not null,
    media_type           varchar(120)  not null,
    size_bytes           bigint        not null,
    sha256               varchar(64)   not null,
    admissible           boolean,
    admissibility_reason varchar(1000),
    review               varchar(10)   not null,
    review_reason        varchar(2000),
    reviewed_by          varchar(255),
    reviewed_at          timestamp(6) with time zone,
    uploaded_by          varchar(255)  not null,
    uploaded_at          timestamp(6) with time zone not null,
    constraint pk_case_evidence primary key (id),
    constraint fk_case_evidence_case foreign key (case_id) references detention_case (id),
    constraint ck_case_evidence_review check (review in ('PENDING', 'ACCEPTED', 'REJECTED'))
);
create index ix_case_evidence_case on case_evidence (case_id, uploaded_at);
create index ix_detention_case_detained on detention_case (detained_on);
