-- Quantities of the goods and of each disclosed input, and the producer's registration number:
-- optional, so entries filed before them stay valid and nothing is backfilled.
alter table entry add column quantity_amount numeric(19, 6);
alter table entry add column quantity_unit varchar(10);
alter table entry_input add column quantity_amount numeric(19, 6);
alter table entry_input add column quantity_unit varchar(10);
alter table entry_input add column producer_registration_number varchar(60);
