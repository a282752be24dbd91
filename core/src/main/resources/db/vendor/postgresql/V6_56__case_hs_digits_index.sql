-- Issue 14: the work queue's sector filter matches the case's HS code against the sector's prefixes
-- (LIKE '5201%', V6_55). Without an index a sector holding few cases or none read every case to
-- find them (15-17 ms at 30,000 cases, against 0.07 ms with it). Under a database collation other
-- than C, PostgreSQL uses a b-tree for LIKE only with the pattern operator class; the H2 twin of
-- this migration (vendor/h2 V6_56) is a plain index, as for the entries' HS code (V6_21).
create index ix_detention_case_hs_digits on detention_case (hs_digits varchar_pattern_ops);
