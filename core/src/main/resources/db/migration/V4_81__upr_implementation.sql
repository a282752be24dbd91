-- Follow-up between cycles: how far the State under review has implemented a recommendation it
-- supported or noted. One row per assessment, never updated: the rows of a subject are its status
-- history, newest by assessed_on (then recorded_at). The subject is one of the team's own
-- recommendations (OWN, upr_recommendation.id) or an imported UN record (IMPORTED, upr_record.id);
-- being either, it has no foreign key, and the service checks it exists.
create table upr_implementation (
    id           uuid          not null,
    subject_kind varchar(10)   not null,
    subject_id   uuid          not null,
    status       varchar(30)   not null,
    assessed_on  date          not null,
    note         varchar(4000),
    recorded_by  varchar(255)  not null,
    recorded_at  timestamp(6) with time zone not null,
    constraint pk_upr_implementation primary key (id),
    constraint ck_upr_implementation_kind check (subject_kind in ('OWN', 'IMPORTED')),
    constraint ck_upr_implementation_status
        check (status in ('NOT_IMPLEMENTED', 'PARTIALLY_IMPLEMENTED', 'FULLY_IMPLEMENTED'))
);
create index ix_upr_implementation_subject on upr_implementation (subject_kind, subject_id, assessed_on);

-- The public evidence an assessment cites, in the order given (the report's numbered sources).
create table upr_implementation_evidence (
    implementation_id uuid    not null,
    ordinal           integer not null,
    evidence_id       uuid    not null,
    constraint pk_upr_implementation_evidence primary key (implementation_id, ordinal),
    constraint fk_upr_implementation_evidence foreign key (implementation_id) references upr_implementation (id),
    constraint fk_upr_implementation_evidence_item foreign key (evidence_id) references evidence_item (id)
);
