-- Entity list (issue 16): a named producer carries aliases, former names, registration numbers
-- and addresses (one per line in each column), and may be taken off the list by a granted removal
-- request (delisted_at, delisted_by) while staying on its designation as history.
alter table designation_producer add column aliases varchar(4000);
alter table designation_producer add column former_names varchar(4000);
alter table designation_producer add column registration_numbers varchar(2000);
alter table designation_producer add column addresses varchar(4000);
alter table designation_producer add column delisted_at timestamp(6) with time zone;
alter table designation_producer add column delisted_by varchar(40);

-- The entities as they stood on each list version, by value, so that a version says the same
-- thing for ever and a diff can show entity changes.
create table designation_list_entity (
    list_number          integer       not null,
    position             integer       not null,
    designation_id       uuid          not null,
    series_id            uuid          not null,
    name                 varchar(500)  not null,
    normalised_name      varchar(500)  not null,
    region_code          varchar(20),
    aliases              varchar(4000),
    former_names         varchar(4000),
    registration_numbers varchar(2000),
    addresses            varchar(4000),
    constraint pk_designation_list_entity primary key (list_number, position),
    constraint fk_designation_list_entity_version foreign key (list_number) references designation_list_version (number)
);

-- Earlier list versions: the producers their designations named (names and regions only then).
insert into designation_list_entity (list_number, position, designation_id, series_id, name, normalised_name, region_code)
select e.list_number,
       row_number() over (partition by e.list_number order by e.position, p.position) - 1,
       e.designation_id, e.series_id, p.name, p.normalised_name, p.region_code
from designation_list_entry e
join designation_producer p on p.designation_id = e.designation_id;

-- Why an entry's producer matched a listing: NAME, ALIAS, FORMER_NAME or REGISTRATION_NUMBER, and
-- the listed value it matched.
alter table entry_match add column producer_match_on varchar(30);
alter table entry_match add column producer_match_value varchar(500);
