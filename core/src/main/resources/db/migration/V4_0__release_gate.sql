-- No release without proof: a freeing decision is carried out by one gate that stores its proof;
-- protests record who decided and on what grounds; the authority's own clock; dispositions.
alter table detention_case add column pending_freeing varchar(30);
alter table detention_case add column freed_by_path varchar(30);
alter table detention_case add column protest_decided_by varchar(255);
alter table detention_case add column protest_decided_at timestamp(6) with time zone;
alter table detention_case add column protest_decision_reason varchar(4000);
alter table detention_case add column protest_grounds varchar(20);
alter table detention_case add column protest_decision_due date;
alter table detention_case add column decision_due date;
alter table detention_case add column review_started_on date;
alter table detention_case add column authority_days_used integer default 0 not null;
alter table detention_case add column disposition_kind varchar(20);
alter table detention_case add column disposition_on date;
alter table detention_case add column disposition_reference varchar(255);
alter table detention_case add column disposition_recorded_by varchar(255);
alter table detention_case add column disposition_recorded_at timestamp(6) with time zone;

create table case_release_proof (
    case_id          uuid          not null,
    position         integer       not null,
    requirement_code varchar(80)   not null,
    policy_status    varchar(30),
    evidence_id      uuid,
    evidence_type    varchar(30),
    sha256           varchar(64),
    accepted_by      varchar(255),
    constraint pk_case_release_proof primary key (case_id, position),
    constraint fk_case_release_proof_case foreign key (case_id) references detention_case (id)
);
