-- Decision tables changed under four eyes (issue 16): a regulator proposes new rows for a
-- table, another regulator approves and the rows are deployed as a new DMN version. Every
-- version stays in the process engine's repository; this table keeps who proposed and approved.
create table decision_table_proposal (
    id               uuid          not null,
    table_key        varchar(80)   not null,
    based_on_version integer       not null,
    table_rows       varchar(20000) not null,
    reason           varchar(2000) not null,
    status           varchar(20)   not null,
    proposed_by      varchar(255)  not null,
    proposed_at      timestamp(6) with time zone not null,
    decided_by       varchar(255),
    decided_at       timestamp(6) with time zone,
    deployed_version integer,
    lock_version     bigint        not null,
    constraint pk_decision_table_proposal primary key (id)
);

create index ix_decision_table_proposal_key on decision_table_proposal (table_key, proposed_at);

-- An entry's mass-balance check: the chain and thresholds-table version it was judged under and
-- its flags with the arithmetic. Deleted with the entry.
create table entry_mass_balance (
    entry_id       uuid         not null,
    chain_code     varchar(40),
    table_version  integer      not null,
    quantities     boolean      not null,
    assessed_at    timestamp(6) with time zone not null,
    constraint pk_entry_mass_balance primary key (entry_id),
    constraint fk_entry_mass_balance_entry foreign key (entry_id) references entry (id) on delete cascade
);

create table entry_mass_balance_flag (
    entry_id     uuid          not null,
    position     integer       not null,
    kind         varchar(40)   not null,
    input_index  integer,
    stage        varchar(120)  not null,
    required     decimal(19,4) not null,
    declared     decimal(19,4) not null,
    unit         varchar(10)   not null,
    action       varchar(10)   not null,
    arithmetic   varchar(2000) not null,
    constraint pk_entry_mass_balance_flag primary key (entry_id, position),
    constraint fk_entry_mass_balance_flag foreign key (entry_id) references entry_mass_balance (entry_id) on delete cascade
);

-- The admissibility table version a case document was judged under.
alter table case_evidence add column admissibility_table_version integer;
