-- An optimistic lock per record: each save of an event, person, organisation, panel seat,
-- agenda item or registrant raises its version by one and says who saved it and when, and a
-- save made against a version that is no longer the stored one is refused, so no coordinator
-- overwrites another's change unseen. Records stored before this keep version 1 and no author.
-- changed_at is ISO-8601 text, as every time in the book.

ALTER TABLE event ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE event ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN changed_at TEXT;
ALTER TABLE person ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE person ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN changed_at TEXT;
ALTER TABLE organisation ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE organisation ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN changed_at TEXT;
ALTER TABLE panel_seat ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE panel_seat ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE panel_seat ADD COLUMN changed_at TEXT;
ALTER TABLE agenda_item ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE agenda_item ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_item ADD COLUMN changed_at TEXT;
ALTER TABLE registration ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE registration ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE registration ADD COLUMN changed_at TEXT;
