-- The evidence library: metadata in the database, files in the content store (by SHA-256).
create table evidence_item (
    id            uuid                        not null,
    type          varchar(40)                 not null,
    title         varchar(500)                not null,
    source        varchar(500)                not null,
    url           varchar(2000),
    document_date date,
    language      varchar(20),
    summary       varchar(10000),
    access_class  varchar(20)                 not null,
    sha256        varchar(64),
    file_name     varchar(255),
    media_type    varchar(200),
    size_bytes    bigint,
    created_at    timestamp(6) with time zone not null,
    created_by    varchar(255)                not null,
    version       bigint                      not null,
    constraint pk_evidence_item primary key (id)
);
create index ix_evidence_item_sha256 on evidence_item (sha256);

create table evidence_tag (
    evidence_id uuid        not null,
    tag         varchar(50) not null,
    constraint pk_evidence_tag primary key (evidence_id, tag),
    constraint fk_evidence_tag_item foreign key (evidence_id) references evidence_item (id)
);

create table evidence_item_aud (
    id            uuid   not null,
    rev           bigint not null,
    revtype       smallint,
    type          varchar(40),
    title         varchar(500),
    source        varchar(500),
    url           varchar(2000),
    document_date date,
    language      varchar(20),
    summary       varchar(10000),
    access_class  varchar(20),
    sha256        varchar(64),
    file_name     varchar(255),
    media_type    varchar(200),
    size_bytes    bigint,
    created_at    timestamp(6) with time zone,
    created_by    varchar(255),
    constraint pk_evidence_item_aud primary key (id, rev),
    constraint fk_evidence_item_aud_rev foreign key (rev) references audit_revision (id)
);

create table evidence_tag_aud (
    rev         bigint      not null,
    evidence_id uuid        not null,
    tag         varchar(50) not null,
    revtype     smallint,
    constraint pk_evidence_tag_aud primary key (rev, evidence_id, tag),
    constraint fk_evidence_tag_aud_rev foreign key (rev) references audit_revision (id)
);
