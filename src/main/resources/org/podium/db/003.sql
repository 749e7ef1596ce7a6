-- Data safety and privacy (#7). Written as 003 so this branch runs alone; at merge it may be
-- renumbered after the other branches' migrations (see the branch's report).

-- Soft delete for people, as for events: a person in the trash keeps their seats and agenda
-- places until the trash is emptied. NULL means the person is live.
ALTER TABLE person ADD COLUMN deleted_at TEXT;

-- How many months after an event its registrants are kept identifiable; NULL follows the
-- book-wide rule (book_setting 'retention.months'), if any.
ALTER TABLE series ADD COLUMN retention_months INTEGER CHECK (retention_months IS NULL OR retention_months > 0);
