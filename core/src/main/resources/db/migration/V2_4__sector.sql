-- Sectors and their HS 2022 prefixes, with Envers history tables.
create table sector (
    code          varchar(40)   not null,
    name          varchar(200)  not null,
    description   varchar(2000),
    high_priority boolean       not null,
    version       bigint        not null,
    constraint pk_sector primary key (code)
);

create table sector_hs_prefix (
    sector_code varchar(40) not null,
    prefix      varchar(10) not null,
    constraint pk_sector_hs_prefix primary key (sector_code, prefix),
    constraint fk_sector_hs_prefix_sector foreign key (sector_code) references sector (code)
);

create table sector_aud (
    code          varchar(40)   not null,
    rev           bigint        not null,
    revtype       smallint,
    name          varchar(200),
    description   varchar(2000),
    high_priority boolean,
    constraint pk_sector_aud primary key (code, rev),
    constraint fk_sector_aud_rev foreign key (rev) references audit_revision (id)
);

create table sector_hs_prefix_aud (
    rev         bigint      not null,
    sector_code varchar(40) not null,
    prefix      varchar(10) not null,
    revtype     smallint,
    constraint pk_sector_hs_prefix_aud primary key (rev, sector_code, prefix),
    constraint fk_sector_hs_prefix_aud_rev foreign key (rev) references audit_revision (id)
);

-- The sectors the report names (ARCHITECTURE.md lists their HS prefixes). High priority follows
-- the sectors importers most often must trace (cotton and apparel, tomatoes, polysilicon and solar,
-- lithium and batteries, aluminium, seafood); peppers are tracked but not high priority.
insert into sector (code, name, description, high_priority, version) values
('ALL_GOODS', 'All goods', 'Every product made wholly or in part in the region: the presumption in its widest form.', false, 0),
('COTTON', 'Cotton, yarn and woven fabrics', 'Raw cotton, cotton waste, carded or combed cotton, cotton yarn and woven cotton fabrics.', true, 0),
('APPAREL', 'Apparel and clothing accessories', 'Knitted or crocheted (chapter 61) and not knitted (chapter 62) apparel.', true, 0),
('TOMATO', 'Tomato products', 'Prepared or preserved tomatoes, tomato ketchup and other tomato sauces.', true, 0),
('PEPPER', 'Peppers', 'Pepper and dried or crushed capsicum and pimenta.', false, 0),
('SEAFOOD', 'Fish and seafood', 'Fish, crustaceans and molluscs, and prepared or preserved fish and seafood.', true, 0),
('POLYSILICON', 'Polysilicon', 'Silicon containing at least 99.99 % silicon by weight.', true, 0),
('SOLAR', 'Solar cells and modules', 'Photovoltaic cells, whether or not assembled in modules or made up into panels.', true, 0),
('LITHIUM', 'Lithium compounds', 'Lithium oxide and hydroxide, and lithium carbonates.', true, 0),
('BATTERIES', 'Lithium-ion batteries', 'Lithium-ion accumulators.', true, 0),
('ALUMINIUM', 'Aluminium and articles thereof', 'Unwrought aluminium and aluminium products (chapter 76).', true, 0);

insert into sector_hs_prefix (sector_code, prefix) values
('COTTON', '5201'), ('COTTON', '5202'), ('COTTON', '5203'), ('COTTON', '5205'), ('COTTON', '5206'),
('COTTON', '5207'), ('COTTON', '5208'), ('COTTON', '5209'), ('COTTON', '5210'), ('COTTON', '5211'),
('COTTON', '5212'),
('APPAREL', '61'), ('APPAREL', '62'),
('TOMATO', '2002'), ('TOMATO', '210320'),
('PEPPER', '0904'),
('SEAFOOD', '03'), ('SEAFOOD', '1604'), ('SEAFOOD', '1605'),
('POLYSILICON', '280461'),
('SOLAR', '854142'), ('SOLAR', '854143'),
('LITHIUM', '282520'), ('LITHIUM', '283691'),
('BATTERIES', '850760'),
('ALUMINIUM', '76');
