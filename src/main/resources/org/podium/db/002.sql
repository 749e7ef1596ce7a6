-- Soft delete for events: an event moved to the trash keeps its panel, agenda and
-- registrants and records when it went, so the deletion can be undone (and the trash
-- emptied later). NULL means the event is live.
ALTER TABLE event ADD COLUMN deleted_at TEXT;
