-- Issue 14: a list change reads the open rows of the designations it changed, not every open row,
-- so that a new list version costs what changed rather than the length of the list.
create index ix_designation_list_item_designation on designation_list_item (designation_id, valid_until);
create index ix_designation_list_entity_item_designation on designation_list_entity_item (designation_id, valid_until);
