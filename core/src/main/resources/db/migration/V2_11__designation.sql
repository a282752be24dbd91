-- Designations (one row per version), their risk assessments, timelines and the immutable
-- numbered versions of the published designation list.
create table designation (
    id                   uuid           not null,
    series_id            uuid           not null,
    version              integer        not null,
    title                varchar(500)   not null,
    legal_basis          varchar(4000)  not null,
    rationale            varchar(20000) not null,
    effective_from       date           not null,
    effective_to         date,
    status               varchar(20)    not null,
    created_by           varchar(255)   not null,
    created_at           timestamp(6) with time zone not null,
    submitted_by         varchar(255),
    approved_by          varchar(255),
    approved_at          timestamp(6) with time zone,
    published_at         timestamp(6) with time zone,
    supersedes           uuid,
    superseded_by        uuid,
    assessment_rationale varchar(20),
    lock_version         bigint         not null,
    constraint pk_designation primary key (id),
    constraint uq_designation_series_version unique (series_id, version),
    constraint ck_designation_status check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'SUPERSEDED', 'REVOKED')),
    constraint ck_designation_period check (effective_to is null or status in ('REVOKED', 'SUPERSEDED', 'PUBLISHED') or effective_to >= effective_from)
);
create index ix_designation_status on designation (status, effective_from);

create table designation_region (
    designation_id uuid        not null,
    region_code    varchar(20) not null,
    constraint pk_designation_region primary key (designation_id, region_code),
    constraint fk_designation_region_designation foreign key (designation_id) references designation (id),
    constraint fk_designation_region_region foreign key (region_code) references region (code)
);

create table designation_sector (
    designation_id uuid        not null,
    sector_code    varchar(40) not null,
    constraint pk_designation_sector primary key (designation_id, sector_code),
    constraint fk_designation_sector_designation foreign key (designation_id) references designation (id)
);

create table designation_policy (
    designation_id uuid not null,
    policy_id      uuid not null,
    constraint pk_designation_policy primary key (designation_id, policy_id),
    constraint fk_designation_policy_designation foreign key (designation_id) references designation (id),
    constraint fk_designation_policy_policy foreign key (policy_id) references state_policy (id)
);

create table designation_contributor (
    designation_id uuid         not null,
    username       varchar(255) not null,
    constraint pk_designation_contributor primary key (designation_id, username),
    constraint fk_designation_contributor_designation foreign key (designation_id) references designation (id)
);

create table designation_core_feature (
    designation_id uuid        not null,
    feature        varchar(40) not null,
    constraint pk_designation_core_feature primary key (designation_id, feature),
    constraint fk_designation_core_feature_designation foreign key (designation_id) references designation (id)
);

create table assessment_finding (
    id                 uuid           not null,
    designation_id     uuid           not null,
    item               varchar(60)    not null,
    present            boolean,
    findings           varchar(20000),
    no_evidence_reason varchar(4000),
    constraint pk_assessment_finding primary key (id),
    constraint uq_assessment_finding_item unique (designation_id, item),
    constraint fk_assessment_finding_designation foreign key (designation_id) references designation (id)
);

create table assessment_citation (
    finding_id  uuid    not null,
    position    integer not null,
    evidence_id uuid    not null,
    constraint pk_assessment_citation primary key (finding_id, position),
    constraint fk_assessment_citation_finding foreign key (finding_id) references assessment_finding (id),
    constraint fk_assessment_citation_evidence foreign key (evidence_id) references evidence_item (id)
);

create table designation_event (
    id             uuid          not null,
    designation_id uuid          not null,
    kind           varchar(30)   not null,
    actor          varchar(255)  not null,
    occurred_at    timestamp(6) with time zone not null,
    comment        varchar(4000),
    constraint pk_designation_event primary key (id),
    constraint fk_designation_event_designation foreign key (designation_id) references designation (id)
);
create index ix_designation_event_designation on designation_event (designation_id);

create table designation_list_version (
    number         integer       not null,
    published_at   timestamp(6) with time zone not null,
    change_summary varchar(1000) not null,
    constraint pk_designation_list_version primary key (number)
);

create table designation_list_entry (
    list_number         integer       not null,
    position            integer       not null,
    designation_id      uuid          not null,
    series_id           uuid          not null,
    designation_version integer       not null,
    title               varchar(500)  not null,
    region_codes        varchar(4000) not null,
    sector_codes        varchar(1000) not null,
    policy_ids          varchar(4000) not null,
    effective_from      date          not null,
    effective_to        date,
    constraint pk_designation_list_entry primary key (list_number, position),
    constraint fk_designation_list_entry_version foreign key (list_number) references designation_list_version (number)
);
