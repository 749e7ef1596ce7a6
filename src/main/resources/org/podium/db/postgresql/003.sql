-- Soft delete for people, as the laptop book's 003.sql: NULL means live.
ALTER TABLE person ADD COLUMN deleted_at TEXT;

-- An address belongs to one live person; someone in the trash does not hold theirs.
DROP INDEX person_by_email;
CREATE UNIQUE INDEX person_by_email ON person(email_key) WHERE email_key <> '' AND deleted_at IS NULL;

-- How many months after an event its registrants are kept identifiable; NULL follows the
-- book-wide rule (book_setting 'retention.months'), if any.
ALTER TABLE series ADD COLUMN retention_months INTEGER CHECK (retention_months IS NULL OR retention_months > 0);
