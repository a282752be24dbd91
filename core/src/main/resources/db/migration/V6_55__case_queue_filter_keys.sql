-- Issue 14: the work queue's filters by origin, port and sector read the case's entry for every
-- case the page's index walk passed, so a filter that matched few cases joined and read nearly every
-- entry of the queue; and the filter lists (ports, origins, importers) were each a select distinct
-- over every case joined to its entry, read again on a request once a minute (the open-model load
-- test's spikes above 150 ms, docs/BENCHMARKS.md). The case now keeps these facts of its entry too
-- (they never change after filing, and retention keeps them for the statistics), so the filters are
-- read from the case alone and each list is a walk of its index, one probe per distinct value.
alter table detention_case add column hs_digits varchar(10);
alter table detention_case add column origin_country varchar(2);
alter table detention_case add column port varchar(100);
alter table detention_case add column port_key varchar(100);
update detention_case set
    hs_digits = (select replace(e.hs_code, '.', '') from entry e where e.id = detention_case.entry_id),
    origin_country = (select e.origin_country from entry e where e.id = detention_case.entry_id),
    port = (select e.port from entry e where e.id = detention_case.entry_id);
update detention_case set port_key = lower(port);
alter table detention_case alter column hs_digits set not null;
alter table detention_case alter column origin_country set not null;
alter table detention_case alter column port set not null;
alter table detention_case alter column port_key set not null;
create index ix_detention_case_origin on detention_case (origin_country);
-- The port as written rides along with its key: the list shows a port as importers wrote it, once
-- however many ways its case was written, and reads it from the index alone.
create index ix_detention_case_port on detention_case (port_key, port);
