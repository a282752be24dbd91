-- The node whose thread runs a bulk upload. A node starting up fails only the uploads its own
-- previous life left running; another node's are alive and are left alone.
alter table bulk_job add column runner varchar(255);
