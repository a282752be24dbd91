-- The signed designation feed (docs/DESIGNATION-FEED.md): other authorities whose public keys a
-- regulator registered, and the drafts made here from their signed feeds (mutual recognition),
-- each tagged with the authority and its own id for the designation. The signing key itself is
-- kept in the server's keystore, never in the database.
create table foreign_authority (
    id            uuid           not null,
    name          varchar(200)   not null,
    jwks          varchar(20000) not null,
    registered_by varchar(255)   not null,
    registered_at timestamp(6) with time zone not null,
    changed_at    timestamp(6) with time zone not null,
    lock_version  bigint         not null,
    constraint pk_foreign_authority primary key (id),
    constraint uq_foreign_authority_name unique (name)
);

create table feed_imported_designation (
    designation_id         uuid         not null,
    authority_id           uuid         not null,
    foreign_designation_id varchar(100) not null,
    foreign_version        integer,
    foreign_list_version   integer      not null,
    signing_key_id         varchar(200) not null,
    imported_by            varchar(255) not null,
    imported_at            timestamp(6) with time zone not null,
    constraint pk_feed_imported_designation primary key (designation_id),
    constraint uq_feed_imported_foreign unique (authority_id, foreign_designation_id),
    constraint fk_feed_imported_designation foreign key (designation_id) references designation (id),
    constraint fk_feed_imported_authority foreign key (authority_id) references foreign_authority (id)
);
