-- Issue 14: the work queue's sector filter matches the case's HS code against the sector's prefixes
-- (LIKE '5201%', V6_55), which a plain index serves in H2. PostgreSQL needs an operator class for
-- it (vendor/postgresql V6_56).
create index ix_detention_case_hs_digits on detention_case (hs_digits);
