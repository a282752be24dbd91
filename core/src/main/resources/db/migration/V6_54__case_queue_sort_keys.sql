-- Issue 14: the work queue sorted by entry number, goods or value walked the entries' indexes and
-- joined each entry to its case; most entries are never detained, so a page passed every cleared
-- entry before it found 25 cases, or PostgreSQL sorted every matching case (100-500 ms at 100,000
-- cases). The case now keeps the three facts it is ordered by (an entry's facts never change after
-- filing; retention masks both), and every order of the queue is held whole by an index, in both
-- directions: a descending order breaks its ties descending too, so an index read backwards serves
-- it, and the two orders that put empty values last have an index each way.
alter table detention_case add column entry_number varchar(64);
alter table detention_case add column goods_sort_key varchar(200);
alter table detention_case add column value_amount numeric(19,2);
update detention_case set
    entry_number = (select e.entry_number from entry e where e.id = detention_case.entry_id),
    goods_sort_key = (select lower(trim(substring(e.description, 1, 200))) from entry e where e.id = detention_case.entry_id),
    value_amount = (select e.value_amount from entry e where e.id = detention_case.entry_id);
alter table detention_case alter column entry_number set not null;
alter table detention_case alter column goods_sort_key set not null;
alter table detention_case alter column value_amount set not null;
create index ix_detention_case_entry_order on detention_case (entry_number, detained_on, id);
create index ix_detention_case_goods_order on detention_case (goods_sort_key, detained_on, id);
create index ix_detention_case_value_order on detention_case (value_amount, detained_on, id);
create index ix_detention_case_status_order on detention_case (status, detained_on, id);
create index ix_detention_case_assignee_order on detention_case (assignee, detained_on, id);
drop index ix_detention_case_assignee;
create index ix_detention_case_assignee_desc on detention_case (assignee desc nulls last, detained_on desc, id desc);
create index ix_detention_case_deadline_desc on detention_case (running_deadline desc nulls last, detained_on desc, id desc);
-- The entries' value index (V6_53) was there for the queue alone; filing no longer pays for it.
drop index ix_entry_value;
