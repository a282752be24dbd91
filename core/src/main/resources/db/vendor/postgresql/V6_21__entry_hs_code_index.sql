-- Issue 14: the sector filter of the entry lists matches HS code prefixes (LIKE '5201%'). Under a
-- database collation other than C, PostgreSQL uses a b-tree for LIKE only with the pattern
-- operator class; the H2 twin of this migration (vendor/h2 V6_21) is a plain index.
create index ix_entry_hs_code on entry (hs_code varchar_pattern_ops);
