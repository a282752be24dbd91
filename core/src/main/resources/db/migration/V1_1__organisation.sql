-- Importer organisations, registered when a member first uses the portal.
create table organisation (
    id            uuid                      not null,
    code          varchar(64)               not null,
    name          varchar(200)              not null,
    registered_at timestamp(6) with time zone not null,
    registered_by varchar(255)              not null,
    version       bigint                    not null,
    constraint pk_organisation primary key (id),
    constraint uk_organisation_code unique (code)
);
