-- Importers' supply-chain workspace (issue 16): a registry of suppliers and their facilities per
-- organisation, documents kept once per supplier (the files live in the content store under their
-- SHA-256, inspected like every upload), and named supply-chain maps whose every save is a new,
-- immutable version. A map input copies the supplier's name, registration number, Open Supply Hub
-- id and region as they were when the version was saved, so a version never changes afterwards.
create table supplier (
    id                  uuid          not null,
    organisation_code   varchar(64)   not null,
    legal_name          varchar(300)  not null,
    chinese_name        varchar(300),
    registration_number varchar(60),
    registration_scheme varchar(20),
    address             varchar(1000),
    region_code         varchar(20)   not null,
    open_supply_hub_id  varchar(40),
    created_by          varchar(255)  not null,
    created_at          timestamp(6) with time zone not null,
    updated_by          varchar(255)  not null,
    updated_at          timestamp(6) with time zone not null,
    lock_version        bigint        not null,
    constraint pk_supplier primary key (id)
);

create index ix_supplier_organisation on supplier (organisation_code, legal_name);

create table supplier_alias (
    supplier_id uuid         not null,
    position    integer      not null,
    alias       varchar(300) not null,
    constraint pk_supplier_alias primary key (supplier_id, position),
    constraint fk_supplier_alias_supplier foreign key (supplier_id) references supplier (id)
);

create table supplier_facility (
    id                 uuid          not null,
    supplier_id        uuid          not null,
    position           integer,
    name               varchar(300)  not null,
    address            varchar(1000),
    region_code        varchar(20)   not null,
    open_supply_hub_id varchar(40),
    added_by           varchar(255)  not null,
    added_at           timestamp(6) with time zone not null,
    constraint pk_supplier_facility primary key (id),
    constraint fk_supplier_facility_supplier foreign key (supplier_id) references supplier (id)
);

create index ix_supplier_facility_supplier on supplier_facility (supplier_id);

create table supplier_document (
    id          uuid          not null,
    supplier_id uuid          not null,
    position    integer,
    facility_id uuid,
    title       varchar(300)  not null,
    file_name   varchar(255)  not null,
    media_type  varchar(200)  not null,
    size_bytes  bigint        not null,
    sha256      varchar(64)   not null,
    uploaded_by varchar(255)  not null,
    uploaded_at timestamp(6) with time zone not null,
    constraint pk_supplier_document primary key (id),
    constraint fk_supplier_document_supplier foreign key (supplier_id) references supplier (id)
);

create index ix_supplier_document_supplier on supplier_document (supplier_id);
create index ix_supplier_document_sha256 on supplier_document (sha256);

create table supply_chain_map (
    id                uuid          not null,
    organisation_code varchar(64)   not null,
    name              varchar(200)  not null,
    latest_version    integer       not null,
    created_by        varchar(255)  not null,
    created_at        timestamp(6) with time zone not null,
    lock_version      bigint        not null,
    constraint pk_supply_chain_map primary key (id)
);

create index ix_supply_chain_map_organisation on supply_chain_map (organisation_code, name);

create table supply_chain_map_version (
    id                uuid          not null,
    map_id            uuid          not null,
    position          integer,
    version_number    integer       not null,
    name              varchar(200)  not null,
    goods_hs_code     varchar(10)   not null,
    goods_description varchar(2000) not null,
    goods_quantity    numeric(19, 3),
    goods_unit        varchar(10),
    saved_by          varchar(255)  not null,
    saved_at          timestamp(6) with time zone not null,
    constraint pk_supply_chain_map_version primary key (id),
    constraint uq_supply_chain_map_version unique (map_id, version_number),
    constraint fk_supply_chain_map_version_map foreign key (map_id) references supply_chain_map (id)
);

create table supply_chain_map_input (
    version_id                   uuid          not null,
    position                     integer       not null,
    tier                         integer       not null,
    supplier_id                  uuid          not null,
    facility_id                  uuid,
    producer_name                varchar(500)  not null,
    producer_registration_number varchar(60),
    open_supply_hub_id           varchar(40),
    material                     varchar(300)  not null,
    hs_code                      varchar(10)   not null,
    region_code                  varchar(20)   not null,
    quantity                     numeric(19, 3),
    unit                         varchar(10),
    share_percent                numeric(7, 3),
    constraint pk_supply_chain_map_input primary key (version_id, position),
    constraint fk_supply_chain_map_input_version foreign key (version_id) references supply_chain_map_version (id)
);

-- The map version an entry's disclosure was taken from; the entry keeps it when the map changes.
alter table entry add column supply_chain_map_id uuid;
alter table entry add column supply_chain_map_name varchar(200);
alter table entry add column supply_chain_map_version integer;
