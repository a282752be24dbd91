-- Issue 14: the regulators' list of removal requests is paged by when each was received, newest
-- or oldest first, with or without a status (which V5_91 indexes with the time); the public
-- decisions are paged in the order they were taken.
create index ix_entity_removal_request_received on entity_removal_request (received_at);
create index ix_entity_removal_request_decided on entity_removal_request (decided_at);
