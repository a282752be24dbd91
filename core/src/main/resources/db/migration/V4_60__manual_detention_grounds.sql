-- Manual detention cites its grounds: designations, state policies, regions and producers, kept
-- with the entry so that what a rebuttal must prove follows from them. The line that records a
-- manual detention among the matches has no designation (it used to carry an all-zero id).
create table manual_detention_ground (
    entry_id uuid         not null,
    position integer      not null,
    kind     varchar(20)  not null,
    cited    varchar(500) not null,
    constraint pk_manual_detention_ground primary key (entry_id, position),
    constraint fk_manual_detention_ground_entry foreign key (entry_id) references entry (id),
    constraint ck_manual_detention_ground_kind check (kind in ('DESIGNATION', 'POLICY', 'REGION', 'PRODUCER'))
);

alter table entry add column manual_detained_by varchar(255);
alter table entry add column manual_reason varchar(4000);
alter table entry add column manual_detained_at timestamp(6) with time zone;

alter table entry_match alter column designation_id drop not null;
update entry_match set designation_id = null
 where reason = 'MANUAL' and designation_id = '00000000-0000-0000-0000-000000000000';
