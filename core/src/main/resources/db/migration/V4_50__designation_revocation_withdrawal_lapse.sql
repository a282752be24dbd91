-- Revocation on the merits and withdrawal for error wait for a second person (four eyes);
-- a designation with a last day lapses only by a recorded decision.
alter table designation drop constraint ck_designation_status;
alter table designation add constraint ck_designation_status
    check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'SUPERSEDED', 'REVOKED', 'WITHDRAWN', 'LAPSED'));
alter table designation drop constraint ck_designation_period;
alter table designation add constraint ck_designation_period
    check (effective_to is null or status in ('REVOKED', 'SUPERSEDED', 'PUBLISHED', 'WITHDRAWN', 'LAPSED')
           or effective_to >= effective_from);

alter table designation add column pending_decision varchar(20);
alter table designation add column pending_by varchar(255);
alter table designation add column pending_at timestamp(6) with time zone;
alter table designation add column pending_reason varchar(4000);
alter table designation add column pending_legal_basis varchar(4000);
alter table designation add column lapse_decided_by varchar(255);
alter table designation add constraint ck_designation_pending
    check (pending_decision is null or pending_decision in ('REVOCATION', 'WITHDRAWAL'));

create table designation_pending_evidence (
    designation_id   uuid        not null,
    requirement_code varchar(80) not null,
    evidence_id      uuid        not null,
    constraint pk_designation_pending_evidence primary key (designation_id, requirement_code, evidence_id),
    constraint fk_designation_pending_evidence_designation foreign key (designation_id) references designation (id),
    constraint fk_designation_pending_evidence_evidence foreign key (evidence_id) references evidence_item (id)
);
