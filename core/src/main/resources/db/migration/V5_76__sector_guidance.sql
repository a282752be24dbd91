-- Sector evidence guidance (issue 16): per sector, which documents trace each tier of the supply
-- chain. Regulators maintain it; every edit is a new version (who, when), never an update.
create table sector_guidance (
    id          uuid                        not null,
    sector_code varchar(40)                 not null,
    version     integer                     not null,
    sources     varchar(4000),
    updated_by  varchar(255)                not null,
    updated_at  timestamp(6) with time zone not null,
    constraint pk_sector_guidance primary key (id),
    constraint uq_sector_guidance_version unique (sector_code, version),
    constraint fk_sector_guidance_sector foreign key (sector_code) references sector (code)
);

create table sector_guidance_tier (
    guidance_id uuid          not null,
    position    integer       not null,
    tier        integer       not null,
    stage       varchar(300)  not null,
    documents   varchar(2000) not null,
    constraint pk_sector_guidance_tier primary key (guidance_id, position),
    constraint fk_sector_guidance_tier_guidance foreign key (guidance_id) references sector_guidance (id),
    constraint ck_sector_guidance_tier check (tier between 1 and 20)
);

-- Seed guidance for the seeded high-priority sectors, version 1 by onus-seed. The tiers follow the
-- supply-chain tracing documentation that U.S. Customs and Border Protection lists for importers
-- (UFLPA Operational Guidance for Importers, 13 June 2022, and the Forced Labor Enforcement Task
-- Force's UFLPA Strategy, 17 June 2022); regulators adapt them to their own practice.
insert into sector_guidance (id, sector_code, version, sources, updated_by, updated_at) values
('9a000000-0000-4000-8000-000000000001', 'COTTON', 1, 'U.S. Customs and Border Protection, Uyghur Forced Labor Prevention Act: Operational Guidance for Importers (13 June 2022), supply chain tracing documentation. Forced Labor Enforcement Task Force, Strategy to Prevent the Importation of Goods Mined, Produced, or Manufactured with Forced Labor in the People''s Republic of China (17 June 2022).', 'onus-seed', '2026-12-01 00:00:00+00'),
('9a000000-0000-4000-8000-000000000002', 'APPAREL', 1, 'U.S. Customs and Border Protection, Uyghur Forced Labor Prevention Act: Operational Guidance for Importers (13 June 2022), supply chain tracing documentation for cotton apparel.', 'onus-seed', '2026-12-01 00:00:00+00'),
('9a000000-0000-4000-8000-000000000003', 'POLYSILICON', 1, 'U.S. Customs and Border Protection, Uyghur Forced Labor Prevention Act: Operational Guidance for Importers (13 June 2022), supply chain tracing documentation for polysilicon.', 'onus-seed', '2026-12-01 00:00:00+00'),
('9a000000-0000-4000-8000-000000000004', 'SOLAR', 1, 'U.S. Customs and Border Protection, Uyghur Forced Labor Prevention Act: Operational Guidance for Importers (13 June 2022), supply chain tracing documentation for polysilicon and its products.', 'onus-seed', '2026-12-01 00:00:00+00'),
('9a000000-0000-4000-8000-000000000005', 'TOMATO', 1, 'U.S. Customs and Border Protection, Uyghur Forced Labor Prevention Act: Operational Guidance for Importers (13 June 2022), supply chain tracing documentation for tomatoes and downstream products.', 'onus-seed', '2026-12-01 00:00:00+00');

insert into sector_guidance_tier (guidance_id, position, tier, stage, documents) values
('9a000000-0000-4000-8000-000000000001', 0, 1, 'Fabric mill (woven cotton fabric)', 'Commercial invoices, packing lists and purchase orders for the fabric; the mill''s production records for the lot.'),
('9a000000-0000-4000-8000-000000000001', 1, 2, 'Yarn spinner', 'Invoices and packing lists for the yarn bought by the mill; the spinner''s production and inventory records linking yarn lots to cotton lots.'),
('9a000000-0000-4000-8000-000000000001', 2, 3, 'Cotton ginner (lint)', 'Bale records and invoices for the lint; transport documents from the gin; the ginner''s production records.'),
('9a000000-0000-4000-8000-000000000001', 3, 4, 'Farm (seed cotton)', 'Seed-cotton purchase records from the farms, with the farms'' locations; payment records; for imported cotton, the bill of lading and certificate of origin.'),
('9a000000-0000-4000-8000-000000000002', 0, 1, 'Garment factory', 'Commercial invoices, packing lists and purchase orders for the garments; the factory''s cutting and production records for the order.'),
('9a000000-0000-4000-8000-000000000002', 1, 2, 'Fabric mill', 'Invoices and packing lists for the fabric bought by the garment factory; the mill''s production records for the lot.'),
('9a000000-0000-4000-8000-000000000002', 2, 3, 'Yarn spinner', 'Invoices and packing lists for the yarn; the spinner''s production records linking yarn lots to cotton lots.'),
('9a000000-0000-4000-8000-000000000002', 3, 4, 'Cotton ginner (lint)', 'Bale records, invoices and transport documents for the lint.'),
('9a000000-0000-4000-8000-000000000002', 4, 5, 'Farm (seed cotton)', 'Seed-cotton purchase records from the farms, with the farms'' locations, and payment records.'),
('9a000000-0000-4000-8000-000000000003', 0, 1, 'Polysilicon producer', 'Invoices, packing lists and production records for the polysilicon lot.'),
('9a000000-0000-4000-8000-000000000003', 1, 2, 'Metallurgical-grade silicon smelter', 'Purchase records, invoices and transport documents for the metallurgical-grade silicon; the smelter''s production records.'),
('9a000000-0000-4000-8000-000000000003', 2, 3, 'Quartz mine or quarry', 'Purchase records and transport documents for the quartzite, with the mine''s location.'),
('9a000000-0000-4000-8000-000000000004', 0, 1, 'Module assembler', 'Commercial invoices, packing lists and production records for the modules, with the cell lots used.'),
('9a000000-0000-4000-8000-000000000004', 1, 2, 'Cell maker', 'Invoices and production records for the cells, with the wafer lots used.'),
('9a000000-0000-4000-8000-000000000004', 2, 3, 'Ingot and wafer maker', 'Invoices and production records for the wafers, with the polysilicon lots used.'),
('9a000000-0000-4000-8000-000000000004', 3, 4, 'Polysilicon producer', 'Invoices, packing lists and production records for the polysilicon.'),
('9a000000-0000-4000-8000-000000000004', 4, 5, 'Metallurgical-grade silicon smelter and quartz mine', 'Purchase and transport records for the metallurgical-grade silicon and the quartzite, with their origins.'),
('9a000000-0000-4000-8000-000000000005', 0, 1, 'Processor (paste, sauce or preserved tomatoes)', 'Commercial invoices, packing lists and the processor''s production records for the lot.'),
('9a000000-0000-4000-8000-000000000005', 1, 2, 'Paste maker (if the processor bought paste)', 'Invoices, transport documents and production records for the paste.'),
('9a000000-0000-4000-8000-000000000005', 2, 3, 'Farm (fresh tomatoes)', 'Purchase records for the fresh tomatoes from the farms, with the farms'' locations, and payment records.');
