-- Customs brokers (issue 16). An organisation is an importer (files in its own name) or a customs
-- broker (files for importers that delegated it); what it is follows from the role of the member
-- who first used the portal for it. Every organisation known so far is an importer.
alter table organisation add column kind varchar(20) default 'IMPORTER' not null;
alter table organisation add constraint ck_organisation_kind check (kind in ('IMPORTER', 'BROKER'));

-- An importer's delegation to a broker organisation to file entries in its name, from when it was
-- granted until it is revoked or its last day (valid_until, inclusive, optional) has passed. Kept
-- after revocation: the record of who could file for whom, and when. The importer's member who
-- granted it receives the letters about cases of entries the broker filed.
create table delegation (
    id              uuid                        not null,
    importer_code   varchar(64)                 not null,
    broker_code     varchar(64)                 not null,
    valid_until     date,
    granted_by      varchar(255)                not null,
    granted_by_email varchar(320),
    granted_at      timestamp(6) with time zone not null,
    revoked_by      varchar(255),
    revoked_at      timestamp(6) with time zone,
    lock_version    bigint                      not null,
    constraint pk_delegation primary key (id),
    constraint ck_delegation_parties check (importer_code <> broker_code)
);
create index ix_delegation_importer on delegation (importer_code, granted_at);
create index ix_delegation_broker on delegation (broker_code, importer_code);

-- An entry a broker filed: the broker organisation (filed_by already holds the person). Null when
-- the importer filed it itself. The entry still belongs to the importer (organisation_code).
alter table entry add column filed_by_organisation varchar(64);
create index ix_entry_filed_by_organisation on entry (filed_by_organisation, filed_at);
