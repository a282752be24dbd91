-- Issue 14: the sector filter of the entry lists matches HS code prefixes (LIKE '5201%'), which a
-- plain index serves in H2. PostgreSQL needs an operator class for it (vendor/postgresql V6_21).
create index ix_entry_hs_code on entry (hs_code);
