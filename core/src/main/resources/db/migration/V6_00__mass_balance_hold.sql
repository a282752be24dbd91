-- Issue 16: a HOLD action in the mass-balance thresholds table holds the goods for the disclosure
-- to be completed, like a coarse region does. A refinement now says which kind it is, and a
-- mass-balance one keeps the stage that fell short and the arithmetic.
alter table entry_refinement add column kind varchar(20) default 'REGION' not null;
alter table entry_refinement add column stage varchar(200);
alter table entry_refinement add column detail varchar(1000);
