-- Removal requests on the entity list (issue 16): filed by a listed producer or anyone for it,
-- without an account (the receipt code kept only as its SHA-256; no address is kept), decided
-- under four eyes and published with the list version.
create table entity_removal_request (
    id                uuid                        not null,
    reference         varchar(20)                 not null,
    receipt_hash      varchar(64)                 not null,
    designation_id    uuid                        not null,
    series_id         uuid                        not null,
    designation_title varchar(500)                not null,
    producer_name     varchar(500)                not null,
    normalised_name   varchar(500)                not null,
    relation          varchar(20)                 not null,
    reasons           varchar(10000)              not null,
    contact           varchar(500),
    status            varchar(20)                 not null,
    received_at       timestamp(6) with time zone not null,
    proposed_outcome  varchar(10),
    proposal_reason   varchar(4000),
    proposed_by       varchar(255),
    proposed_at       timestamp(6) with time zone,
    decided_by        varchar(255),
    decided_at        timestamp(6) with time zone,
    list_version      integer,
    version           bigint                      not null,
    constraint pk_entity_removal_request primary key (id),
    constraint uq_entity_removal_request_reference unique (reference),
    constraint uq_entity_removal_request_receipt unique (receipt_hash),
    constraint ck_entity_removal_request_status check (status in ('RECEIVED', 'PROPOSED', 'GRANTED', 'DENIED')),
    constraint ck_entity_removal_request_relation check (relation in ('ENTITY', 'ON_BEHALF'))
);
create index ix_entity_removal_request_status on entity_removal_request (status, received_at);
create index ix_entity_removal_request_list on entity_removal_request (list_version);

create table entity_removal_attachment (
    request_id uuid         not null,
    position   integer      not null,
    sha256     varchar(64)  not null,
    file_name  varchar(255) not null,
    media_type varchar(200) not null,
    size_bytes bigint       not null,
    constraint pk_entity_removal_attachment primary key (request_id, position),
    constraint fk_entity_removal_attachment foreign key (request_id) references entity_removal_request (id) on delete cascade
);
