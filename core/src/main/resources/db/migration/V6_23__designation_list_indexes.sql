-- Issue 14: the regulators' list of every designation is paged by title (then version) or by the
-- day each takes effect, with or without a status (which V2_11 indexes with that day).
create index ix_designation_title on designation (title, version);
create index ix_designation_effective_from on designation (effective_from);
