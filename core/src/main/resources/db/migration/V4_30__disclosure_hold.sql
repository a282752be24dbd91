-- Coarse origins are not cleared (issue 12): a disclosure-required entry may be held with its own
-- deadline, lists which inputs need refining and why, and keeps every screening result with the
-- designation list version it used. Regulators switch the hold per sector.
alter table sector add column disclosure_hold boolean default true not null;
alter table sector_aud add column disclosure_hold boolean;

alter table entry add column held boolean default false not null;
alter table entry add column disclosure_deadline date;
alter table entry add column hold_note varchar(1000);

create table entry_refinement (
    entry_id                uuid          not null,
    position                integer       not null,
    input_index             integer       not null,
    region_code             varchar(20),
    designated_region_codes varchar(1000) not null,
    designation_id          uuid          not null,
    designation_version     integer       not null,
    designation_title       varchar(500)  not null,
    sector_codes            varchar(500)  not null,
    held                    boolean       not null,
    constraint pk_entry_refinement primary key (entry_id, position),
    constraint fk_entry_refinement_entry foreign key (entry_id) references entry (id)
);

create table entry_screening (
    entry_id     uuid          not null,
    position     integer       not null,
    screened_at  timestamp(6) with time zone not null,
    list_version integer       not null,
    status       varchar(30)   not null,
    held         boolean       not null,
    trigger_kind varchar(30)   not null,
    note         varchar(2000),
    constraint pk_entry_screening primary key (entry_id, position),
    constraint fk_entry_screening_entry foreign key (entry_id) references entry (id)
);
