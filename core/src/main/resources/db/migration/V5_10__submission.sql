-- Public submissions (issue 17): what anyone may send without an account, the regulators'
-- questions and the submitter's answers, the files attached. The receipt code is kept only as its
-- SHA-256; the client address only as a keyed hash of a salt that lives in memory for a day, and
-- the column is emptied after 24 hours.
create table submission (
    id                     uuid                        not null,
    receipt_hash           varchar(64)                 not null,
    summary                varchar(10000)              not null,
    contact_allowed        boolean                     not null,
    contact                varchar(500),
    status                 varchar(20)                 not null,
    received_at            timestamp(6) with time zone not null,
    closed_at              timestamp(6) with time zone,
    address_hash           varchar(64),
    triaged_by             varchar(255),
    triage_reason          varchar(2000),
    linked_designation_id  uuid,
    linked_policy_id       uuid,
    version                bigint                      not null,
    constraint pk_submission primary key (id),
    constraint uq_submission_receipt unique (receipt_hash)
);
create index ix_submission_status on submission (status, received_at);

create table submission_region (
    submission_id uuid        not null,
    region_code   varchar(20) not null,
    constraint pk_submission_region primary key (submission_id, region_code),
    constraint fk_submission_region foreign key (submission_id) references submission (id) on delete cascade
);

create table submission_sector (
    submission_id uuid        not null,
    sector_code   varchar(50) not null,
    constraint pk_submission_sector primary key (submission_id, sector_code),
    constraint fk_submission_sector foreign key (submission_id) references submission (id) on delete cascade
);

create table submission_producer (
    submission_id uuid         not null,
    position      integer      not null,
    name          varchar(300) not null,
    constraint pk_submission_producer primary key (submission_id, position),
    constraint fk_submission_producer foreign key (submission_id) references submission (id) on delete cascade
);

create table submission_source (
    submission_id uuid          not null,
    position      integer       not null,
    source        varchar(1000) not null,
    constraint pk_submission_source primary key (submission_id, position),
    constraint fk_submission_source foreign key (submission_id) references submission (id) on delete cascade
);

create table submission_evidence (
    submission_id uuid not null,
    evidence_id   uuid not null,
    constraint pk_submission_evidence primary key (submission_id, evidence_id),
    constraint fk_submission_evidence foreign key (submission_id) references submission (id) on delete cascade
);

create table submission_attachment (
    id            uuid                        not null,
    submission_id uuid                        not null,
    sha256        varchar(64)                 not null,
    file_name     varchar(255)                not null,
    media_type    varchar(200)                not null,
    size_bytes    bigint                      not null,
    added_at      timestamp(6) with time zone not null,
    constraint pk_submission_attachment primary key (id),
    constraint fk_submission_attachment foreign key (submission_id) references submission (id) on delete cascade
);
create index ix_submission_attachment_sha256 on submission_attachment (sha256);

create table submission_question (
    id            uuid                        not null,
    submission_id uuid                        not null,
    question      varchar(2000)               not null,
    asked_by      varchar(255)                not null,
    asked_at      timestamp(6) with time zone not null,
    answer        varchar(10000),
    answered_at   timestamp(6) with time zone,
    constraint pk_submission_question primary key (id),
    constraint fk_submission_question foreign key (submission_id) references submission (id) on delete cascade
);
