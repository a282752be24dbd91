-- Hibernate Search's outbox-polling coordination (ONUS_SEARCH_COORDINATION=outbox-polling, the
-- cluster profile): indexing work is written to hsearch_outbox_event in the transaction that
-- changes the data, and the nodes' agents (hsearch_agent) share it out and apply it once. The
-- columns are what Hibernate Search 7.2 maps, so the schema validation at start passes; with
-- coordination off (one node, the default) nothing reads or writes these tables. PostgreSQL
-- maps the events' payload (a LOB) as bytea, H2 as blob: hence one file per database.
create table hsearch_agent (
    id uuid not null,
    type varchar(255) not null
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name varchar(255) not null,
    expiration timestamp(6) with time zone not null,
    state varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    totalShardCount integer,
    assignedShardIndex integer,
    payload bytea,
    tenantId varchar(255),
    primary key (id)
);

create table hsearch_outbox_event (
    id uuid not null,
    entityName varchar(256) not null,
    entityId varchar(256) not null,
    entityIdHash integer not null,
    payload bytea not null,
    retries integer not null,
    processAfter timestamp(6) with time zone not null,
    status varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenantId varchar(255),
    primary key (id)
);

-- The agents poll by status and due time and split the work by entity hash.
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (processAfter);
create index hsearch_outbox_event_entity_hash on hsearch_outbox_event (entityIdHash);
