-- An optimistic lock per record: each save of an event, person, organisation, panel seat,
-- agenda item or registrant raises its version by one and says who saved it and when, and a
-- save made against a version that is no longer the stored one is refused, so no coordinator
-- overwrites another's change unseen. Records stored before this keep version 1 and no author.
-- changed_at is ISO-8601 text, as every time in the book (the same in both dialects).

ALTER TABLE event ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE event ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN changed_at TEXT;
ALTER TABLE person ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE person ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN changed_at TEXT;
ALTER TABLE organisation ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE organisation ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN changed_at TEXT;
ALTER TABLE panel_seat ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE panel_seat ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE panel_seat ADD COLUMN changed_at TEXT;
ALTER TABLE agenda_item ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE agenda_item ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_item ADD COLUMN changed_at TEXT;
ALTER TABLE registration ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE registration ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE registration ADD COLUMN changed_at TEXT;

-- Live team books: every statement that changes a table of the book tells the listening
-- windows, on the one channel podium_book, which schema and table changed ("schema table"),
-- so each window reloads within a second or two (a window ignores other schemas' books).
-- Statement-level, so a bulk import sends one notice, not one a row; the server folds equal
-- notices of one transaction into one.
CREATE FUNCTION podium_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('podium_book', TG_TABLE_SCHEMA || ' ' || TG_TABLE_NAME); RETURN NULL; END $$;
CREATE TRIGGER series_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON series FOR EACH STATEMENT EXECUTE FUNCTION podium_notify();
CREATE TRIGGER organisation_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organisation FOR EACH STATEMENT EXECUTE FUNCTION podium_notify();
CREATE TRIGGER event_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON event FOR EACH STATEMENT EXECUTE FUNCTION podium_notify();
CREATE TRIGGER event_organiser_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON event_organiser FOR EACH STATEMENT EXECUTE FUNCTION podium_notify();
CREATE TRIGGER event_sdg_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON event_sdg FOR EACH STATEMENT EXECUTE FUNCTION podium_notify();
CREATE TRIGGER person_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON person FOR EACH STATEMENT EXECUTE FUNCTION podium_notify();
CREATE TRIGGER panel_seat_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON panel_seat FOR EACH STATEMENT EXECUTE FUNCTION podium_notify();
CREATE TRIGGER agenda_item_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agenda_item FOR EACH STATEMENT EXECUTE FUNCTION podium_notify();
CREATE TRIGGER agenda_speaker_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agenda_speaker FOR EACH STATEMENT EXECUTE FUNCTION podium_notify();
CREATE TRIGGER registration_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON registration FOR EACH STATEMENT EXECUTE FUNCTION podium_notify();
CREATE TRIGGER suppression_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON suppression FOR EACH STATEMENT EXECUTE FUNCTION podium_notify();
CREATE TRIGGER book_setting_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON book_setting FOR EACH STATEMENT EXECUTE FUNCTION podium_notify();
