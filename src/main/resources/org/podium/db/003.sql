-- Soft delete for people: a person moved to the trash keeps their seats and agenda slots
-- and records when they went, so the deletion can be undone. NULL means the person is live.
ALTER TABLE person ADD COLUMN deleted_at TEXT;

-- An address belongs to one live person; someone in the trash does not hold theirs.
DROP INDEX person_by_email;
CREATE UNIQUE INDEX person_by_email ON person(email_key) WHERE email_key <> '' AND deleted_at IS NULL;
