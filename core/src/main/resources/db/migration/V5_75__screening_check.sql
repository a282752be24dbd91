-- Check before shipping (issue 16): an importer screens a disclosure without filing it. Nothing of
-- the entry is stored; each check leaves this row (and an audit event) so that officers can see an
-- organisation checking the same disclosure again and again. The hash is SHA-256 of the canonical
-- disclosure (goods' HS code, origin, and the inputs in a fixed order), never the disclosure itself.
create table screening_check (
    id                uuid                        not null,
    organisation_code varchar(100)                not null,
    checked_by        varchar(255)                not null,
    checked_at        timestamp(6) with time zone not null,
    disclosure_hash   varchar(64)                 not null,
    arrival_date      date                        not null,
    status            varchar(30)                 not null,
    list_version      integer                     not null,
    matches           integer                     not null,
    constraint pk_screening_check primary key (id),
    constraint ck_screening_check_status check (status in ('CLEARED', 'DETAINED', 'DISCLOSURE_REQUIRED'))
);
create index ix_screening_check_org on screening_check (organisation_code, checked_at);
create index ix_screening_check_hash on screening_check (organisation_code, disclosure_hash);
