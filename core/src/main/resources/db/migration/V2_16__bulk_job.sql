-- Bulk entry uploads processed in the background, with what they found and did.
create table bulk_job (
    id                uuid          not null,
    organisation_code varchar(64)   not null,
    filed_by          varchar(255)  not null,
    file_name         varchar(255),
    status            varchar(20)   not null,
    total             integer       not null,
    processed         integer       not null,
    created_count     integer       not null,
    unchanged_count   integer       not null,
    detained_count    integer       not null,
    cleared_count     integer       not null,
    disclosure_count  integer       not null,
    error_count       integer       not null,
    message           varchar(2000),
    created_at        timestamp(6) with time zone not null,
    finished_at       timestamp(6) with time zone,
    lock_version      bigint        not null,
    constraint pk_bulk_job primary key (id),
    constraint ck_bulk_job_status check (status in ('QUEUED', 'VALIDATING', 'REJECTED', 'FILING', 'DONE', 'FAILED'))
);
create index ix_bulk_job_organisation on bulk_job (organisation_code, created_at);
create index ix_bulk_job_status on bulk_job (status);

-- At most the first thousand errors of a rejected file are kept; error_count says how many there were.
create table bulk_job_error (
    job_id   uuid          not null,
    position integer       not null,
    line     bigint        not null,
    message  varchar(2000) not null,
    constraint pk_bulk_job_error primary key (job_id, position),
    constraint fk_bulk_job_error_job foreign key (job_id) references bulk_job (id)
);
