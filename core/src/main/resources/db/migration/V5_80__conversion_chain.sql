-- Conversion factors per sector chain (issue 16, mass balance). A chain is an ordered list of
-- stages from the raw material to the finished good; each stage names the HS prefixes that
-- identify it (space-separated, may be empty), the unit it is counted in (KG or PIECE) and the
-- yield to the next stage (units of the next stage per unit of this one; null on the last).
-- The seeded yields are screening approximations, each chain citing its public sources;
-- regulators maintain them at /mass-balance/chains (every change audited).
create table conversion_chain (
    code          varchar(40)   not null,
    name          varchar(200)  not null,
    source        varchar(4000) not null,
    updated_by    varchar(255),
    updated_at    timestamp(6) with time zone,
    lock_version  bigint        not null,
    constraint pk_conversion_chain primary key (code)
);

create table conversion_stage (
    chain_code      varchar(40)   not null,
    position        integer       not null,
    name            varchar(120)  not null,
    hs_prefixes     varchar(200)  not null,
    unit            varchar(10)   not null,
    yield_to_next   decimal(12,6),
    constraint pk_conversion_stage primary key (chain_code, position),
    constraint fk_conversion_stage_chain foreign key (chain_code) references conversion_chain (code)
);

insert into conversion_chain (code, name, source, lock_version) values
('COTTON', 'Cotton: seed cotton to garment',
 'Ginning out-turn of lint from seed cotton about one third: FAO, Technical Conversion Factors for Agricultural Commodities (cotton). Spinning, weaving/knitting and cut-and-sew losses are approximate industry process-loss rates (order of 10-15 % per step) as described in e.g. ICAC and Textile Exchange publications. Screening approximations, not a substitute for records.',
 0),
('SILICON_PV', 'Solar photovoltaic: quartz to module',
 'Material flows of the solar PV chain (quartz to metallurgical-grade silicon, polysilicon, wafers, cells, modules): IEA, Special Report on Solar PV Global Supply Chains (2022). Wafers per kg of polysilicon and cells per module are declared per product (a 144 half-cell module holds 72 full cells). Screening approximations, not a substitute for records.',
 0),
('TOMATO', 'Tomatoes: fresh to paste',
 'Extraction rate of tomato paste (about 28-30 Brix) from fresh tomatoes about 0.17: FAO, Technical Conversion Factors for Agricultural Commodities (tomatoes). Screening approximation, not a substitute for records.',
 0);

insert into conversion_stage (chain_code, position, name, hs_prefixes, unit, yield_to_next) values
('COTTON', 0, 'Seed cotton', '', 'KG', 0.35),
('COTTON', 1, 'Cotton lint', '5201 5203', 'KG', 0.85),
('COTTON', 2, 'Cotton yarn', '5205 5206 5207', 'KG', 0.9),
('COTTON', 3, 'Cotton fabric', '5208 5209 5210 5211 5212 6006', 'KG', 0.85),
('COTTON', 4, 'Garments', '61 62', 'KG', null),
('SILICON_PV', 0, 'Quartz', '2506', 'KG', 0.35),
('SILICON_PV', 1, 'Metallurgical-grade silicon', '280469', 'KG', 0.85),
('SILICON_PV', 2, 'Polysilicon', '280461', 'KG', 50),
('SILICON_PV', 3, 'Wafer', '381800', 'PIECE', 0.97),
('SILICON_PV', 4, 'Cell', '854142', 'PIECE', 0.0139),
('SILICON_PV', 5, 'Module', '854143', 'PIECE', null),
('TOMATO', 0, 'Fresh tomatoes', '0702', 'KG', 0.17),
('TOMATO', 1, 'Tomato paste', '200290', 'KG', null);
