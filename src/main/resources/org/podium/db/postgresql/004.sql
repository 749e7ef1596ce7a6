-- As the laptop book's 004.sql: registrations are found by address through the unique index
-- registration_by_email (event_id, email_key) only.
DROP INDEX IF EXISTS registration_by_email_key;
