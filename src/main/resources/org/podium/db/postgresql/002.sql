-- Soft delete for events, as the laptop book's 002.sql: NULL means the event is live.
ALTER TABLE event ADD COLUMN deleted_at TEXT;
