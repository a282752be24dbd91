-- The region tree (reference data; rows come from db/data/regions through V2_3).
create table region (
    code        varchar(20)   not null,
    parent_code varchar(20),
    level       varchar(20)   not null,
    name        varchar(200)  not null,
    name_zh     varchar(200),
    alt_names   varchar(1000),
    path        varchar(200)  not null,
    retired     boolean       not null,
    constraint pk_region primary key (code),
    constraint fk_region_parent foreign key (parent_code) references region (code)
);
create index ix_region_parent on region (parent_code);
create index ix_region_path on region (path);
