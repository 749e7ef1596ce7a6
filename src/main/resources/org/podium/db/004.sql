-- A registration is found by its address within an event, through the unique index
-- registration_by_email (event_id, email_key). The index by address alone served only the
-- rare look-ups of one address in every event (a privacy request), which now go through the
-- unique index one event at a time (event_id IN (SELECT id FROM event)); every import and
-- every change of an address no longer keeps a second copy of each address up to date.
DROP INDEX IF EXISTS registration_by_email_key;
