-- Issue 14: the entry lists (page and API) are paged with a total and sort on a column of the
-- officer's choosing. Each sortable column and each equality filter gets an index, so that a page
-- reads one page of rows in the column's order instead of sorting every entry. Organisation,
-- broker and status already had theirs (V2_15, V5_95); entry numbers were indexed only within an
-- organisation, which customs (every organisation at once) cannot use.
create index ix_entry_filed_at on entry (filed_at);
create index ix_entry_number on entry (entry_number);
create index ix_entry_arrival on entry (arrival_date);
create index ix_entry_origin on entry (origin_country, filed_at);
create index ix_entry_status_filed on entry (status, filed_at);

-- An importer's open cases on the entries page, nearest rebuttal deadline first, are read a page
-- at a time by organisation; the case queue's importer filter reads the same index.
create index ix_detention_case_organisation on detention_case (organisation_code, rebuttal_deadline);
