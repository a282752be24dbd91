-- Organisations are registered on first use, one registration at a time: a registration locks
-- this row, so two members of a new organisation acting at once do not both insert it (the second
-- would fail on uk_organisation_code at the end of its whole unit of work). The second waits for
-- the first's commit and then finds its row, or registers the organisation itself if the first
-- rolled back.
create table organisation_registration_lock (
    id integer not null,
    constraint pk_organisation_registration_lock primary key (id),
    constraint ck_organisation_registration_lock_single check (id = 1)
);
insert into organisation_registration_lock (id) values (1);
