-- Issue 14: the work queue orders cases by a column and then by detention date and id, so that a case
-- is on exactly one page. Indexes on the first column alone left PostgreSQL to join every matching
-- case with its entry and sort them all for each page: 55-130 ms at 16,000 cases of the generated
-- volume, 0.8-2 ms with these, which hold the whole order (the page's 25 cases are then joined).
create index ix_detention_case_deadline_order on detention_case (running_deadline, detained_on, id);
drop index ix_detention_case_running_deadline;
create index ix_detention_case_detained_order on detention_case (detained_on, id);
drop index ix_detention_case_detained;
create index ix_detention_case_importer_order on detention_case (organisation_code, detained_on, id);
-- The open cases beside the entries list and on the importer's pages, nearest rebuttal deadline first.
create index ix_detention_case_rebuttal_order on detention_case (rebuttal_deadline, detained_on, id);
create index ix_detention_case_importer_rebuttal on detention_case (organisation_code, rebuttal_deadline, detained_on, id);
drop index ix_detention_case_organisation;
