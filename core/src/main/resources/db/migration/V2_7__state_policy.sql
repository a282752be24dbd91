-- The state policy registry, its status history, and Envers history tables.
create table state_policy (
    id        uuid          not null,
    title     varchar(500)  not null,
    authority varchar(500)  not null,
    issued    date,
    summary   varchar(10000),
    status    varchar(20)   not null,
    version   bigint        not null,
    constraint pk_state_policy primary key (id)
);

create table state_policy_region (
    policy_id   uuid        not null,
    region_code varchar(20) not null,
    constraint pk_state_policy_region primary key (policy_id, region_code),
    constraint fk_state_policy_region_policy foreign key (policy_id) references state_policy (id),
    constraint fk_state_policy_region_region foreign key (region_code) references region (code)
);

create table state_policy_source (
    policy_id   uuid not null,
    evidence_id uuid not null,
    constraint pk_state_policy_source primary key (policy_id, evidence_id),
    constraint fk_state_policy_source_policy foreign key (policy_id) references state_policy (id),
    constraint fk_state_policy_source_evidence foreign key (evidence_id) references evidence_item (id)
);

create table policy_status_change (
    id          uuid                        not null,
    policy_id   uuid                        not null,
    from_status varchar(20)                 not null,
    to_status   varchar(20)                 not null,
    reason      varchar(4000)               not null,
    changed_by  varchar(255)                not null,
    changed_at  timestamp(6) with time zone not null,
    constraint pk_policy_status_change primary key (id),
    constraint fk_policy_status_change_policy foreign key (policy_id) references state_policy (id)
);
create index ix_policy_status_change_policy on policy_status_change (policy_id);

create table policy_status_change_evidence (
    change_id   uuid    not null,
    position    integer not null,
    evidence_id uuid    not null,
    constraint pk_policy_status_change_evidence primary key (change_id, position),
    constraint fk_policy_status_change_evidence_change foreign key (change_id) references policy_status_change (id),
    constraint fk_policy_status_change_evidence_item foreign key (evidence_id) references evidence_item (id)
);

create table state_policy_aud (
    id        uuid   not null,
    rev       bigint not null,
    revtype   smallint,
    title     varchar(500),
    authority varchar(500),
    issued    date,
    summary   varchar(10000),
    status    varchar(20),
    constraint pk_state_policy_aud primary key (id, rev),
    constraint fk_state_policy_aud_rev foreign key (rev) references audit_revision (id)
);

create table state_policy_region_aud (
    rev         bigint      not null,
    policy_id   uuid        not null,
    region_code varchar(20) not null,
    revtype     smallint,
    constraint pk_state_policy_region_aud primary key (rev, policy_id, region_code),
    constraint fk_state_policy_region_aud_rev foreign key (rev) references audit_revision (id)
);

create table state_policy_source_aud (
    rev         bigint not null,
    policy_id   uuid   not null,
    evidence_id uuid   not null,
    revtype     smallint,
    constraint pk_state_policy_source_aud primary key (rev, policy_id, evidence_id),
    constraint fk_state_policy_source_aud_rev foreign key (rev) references audit_revision (id)
);
