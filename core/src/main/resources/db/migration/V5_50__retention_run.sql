-- Retention (issue 17): every run of every retention rule is kept for operators, with what it
-- removed. The audit trail holds the same facts in its hash chain; this table is for reading.
create table retention_run (
    id           uuid                        not null,
    rule_name    varchar(100)                not null,
    period       varchar(40)                 not null,
    cutoff       timestamp(6) with time zone not null,
    started_at   timestamp(6) with time zone not null,
    finished_at  timestamp(6) with time zone not null,
    triggered_by varchar(255)                not null,
    outcome      varchar(20)                 not null,
    removed      integer                     not null,
    counts       varchar(2000),
    removed_ids  varchar(100000),
    error        varchar(2000),
    constraint pk_retention_run primary key (id),
    constraint ck_retention_run_outcome check (outcome in ('COMPLETED', 'FAILED'))
);
create index ix_retention_run_started on retention_run (started_at);

-- A closed case reduced to its statistical skeleton: when, so a run never takes it twice.
alter table detention_case add column anonymised_at timestamp(6) with time zone;
