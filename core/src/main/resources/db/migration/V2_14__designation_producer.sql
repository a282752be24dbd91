-- Producers a designation names (an entity list), matched by normalised name and, if given, region.
create table designation_producer (
    designation_id  uuid         not null,
    position        integer      not null,
    name            varchar(500) not null,
    normalised_name varchar(500) not null,
    region_code     varchar(20),
    constraint pk_designation_producer primary key (designation_id, position),
    constraint fk_designation_producer_designation foreign key (designation_id) references designation (id),
    constraint fk_designation_producer_region foreign key (region_code) references region (code)
);
create index ix_designation_producer_name on designation_producer (normalised_name);
