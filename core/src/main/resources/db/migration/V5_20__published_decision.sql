-- Published decisions (issue 17): a self-contained public record of a decision on a detention
-- case. It copies everything it shows (kind, dates, route, sectors, regions, HS chapter, list
-- version, requirements as decided) so that it survives the case being deleted by retention;
-- case_id is kept only to find the record again from the case and has no foreign key.
create table published_decision (
    id                uuid          not null,
    reference         varchar(20)   not null,
    case_id           uuid,
    kind              varchar(20)   not null,
    outcome           varchar(20)   not null,
    status            varchar(20)   not null,
    decided_on        date          not null,
    route             varchar(20),
    hs_chapter        varchar(2)    not null,
    origin_country    varchar(2),
    list_version      integer       not null,
    summary           varchar(4000) not null,
    note              varchar(4000),
    importer_name     varchar(200),
    organisation_code varchar(64),
    proposed_by       varchar(255),
    proposed_at       timestamp(6) with time zone,
    submitted_by      varchar(255),
    reviewed_by       varchar(255),
    reviewed_at       timestamp(6) with time zone,
    review_verdict    varchar(20),
    review_reason     varchar(4000),
    published_on      date,
    published_at      timestamp(6) with time zone,
    withdrawn_by      varchar(255),
    withdrawn_at      timestamp(6) with time zone,
    withdrawn_reason  varchar(2000),
    lock_version      bigint        not null,
    constraint pk_published_decision primary key (id),
    constraint uq_published_decision_reference unique (reference)
);

create index ix_published_decision_status_decided on published_decision (status, decided_on);
create index ix_published_decision_case on published_decision (case_id);

create table published_decision_sector (
    decision_id uuid        not null,
    position    integer     not null,
    sector_code varchar(64) not null,
    constraint pk_published_decision_sector primary key (decision_id, position),
    constraint fk_published_decision_sector foreign key (decision_id) references published_decision (id)
);

-- Every region of the goods' designated regions with its ancestors (so a search for a province
-- finds decisions on its prefectures); direct marks the regions the screening named.
create table published_decision_region (
    decision_id uuid        not null,
    position    integer     not null,
    region_code varchar(20) not null,
    direct      boolean     not null,
    constraint pk_published_decision_region primary key (decision_id, position),
    constraint fk_published_decision_region foreign key (decision_id) references published_decision (id)
);

create table published_decision_requirement (
    decision_id uuid        not null,
    position    integer     not null,
    code        varchar(80) not null,
    kind        varchar(30) not null,
    outcome     varchar(10) not null,
    constraint pk_published_decision_requirement primary key (decision_id, position),
    constraint fk_published_decision_requirement foreign key (decision_id) references published_decision (id)
);

-- ONUS_DECISION_NAMES=CONSENTED: an importer organisation agreed to be named in its published decisions.
create table decision_name_consent (
    organisation_code varchar(64)  not null,
    consented_by      varchar(255) not null,
    consented_at      timestamp(6) with time zone not null,
    constraint pk_decision_name_consent primary key (organisation_code)
);
