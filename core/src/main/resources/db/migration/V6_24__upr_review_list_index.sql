-- Issue 14: the UPR reviews are paged, latest review first; one review per State and cycle adds up
-- over the cycles the portal is kept for.
create index ix_upr_review_date on upr_review (review_date, state_under_review);
