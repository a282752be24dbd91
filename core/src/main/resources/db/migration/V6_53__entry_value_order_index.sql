-- Issue 14: the work queue ordered by the goods' value read every matching case with its entry and
-- sorted them all for each page: 210-235 ms with status=ALL over 31,000 cases. Walked in this
-- index's order (backwards for the highest value first), the page stops after its 25 cases.
create index ix_entry_value on entry (value_amount);
