-- Podium's first schema: every record of the product brief.
-- Text columns hold '' rather than NULL for absent values; times are ISO-8601 text.

CREATE TABLE series (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
    description TEXT NOT NULL DEFAULT '',
    funder      TEXT NOT NULL DEFAULT '',
    web_page    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE organisation (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
    short_name TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL CHECK (kind IN ('ORGANISER','PARTNER','PARTICIPATING_CITY','FUNDER','OTHER')),
    city       TEXT NOT NULL DEFAULT '',
    country    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE event (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL CHECK (title <> ''),
    subtitle         TEXT NOT NULL DEFAULT '',
    second_title     TEXT NOT NULL DEFAULT '',
    kind             TEXT NOT NULL CHECK (kind IN ('WEBINAR','PANEL','HYBRID','IN_PERSON')),
    series_id        INTEGER REFERENCES series(id) ON DELETE SET NULL,
    status           TEXT NOT NULL CHECK (status IN ('DRAFT','SCHEDULED','CONCLUDED','CANCELLED')),
    start_local      TEXT NOT NULL,
    zone             TEXT NOT NULL,
    start_utc        TEXT NOT NULL,
    end_utc          TEXT NOT NULL,
    minutes          INTEGER NOT NULL CHECK (minutes > 0),
    platform         TEXT NOT NULL DEFAULT '',
    registration_url TEXT NOT NULL DEFAULT '',
    access_url       TEXT NOT NULL DEFAULT '',
    recording_url    TEXT NOT NULL DEFAULT '',
    report_url       TEXT NOT NULL DEFAULT '',
    capacity         INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    is_public        INTEGER NOT NULL DEFAULT 1,
    recorded         INTEGER NOT NULL DEFAULT 0,
    description      TEXT NOT NULL DEFAULT '',
    ics_sequence     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX event_by_start ON event(start_utc);
CREATE INDEX event_by_series ON event(series_id);

CREATE TABLE event_organiser (
    event_id        INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    role            TEXT NOT NULL,
    position        INTEGER NOT NULL,
    PRIMARY KEY (event_id, organisation_id, role)
);
CREATE INDEX event_organiser_by_organisation ON event_organiser(organisation_id);

CREATE TABLE event_sdg (
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    sdg      INTEGER NOT NULL CHECK (sdg BETWEEN 1 AND 17),
    PRIMARY KEY (event_id, sdg)
);

CREATE TABLE person (
    id              INTEGER PRIMARY KEY,
    honorific       TEXT NOT NULL DEFAULT '',
    first_name      TEXT NOT NULL DEFAULT '',
    last_name       TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    email_key       TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    position        TEXT NOT NULL DEFAULT '',
    organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
    city            TEXT NOT NULL DEFAULT '',
    country         TEXT NOT NULL DEFAULT '',
    bio             TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    CHECK (first_name <> '' OR last_name <> '')
);
CREATE UNIQUE INDEX person_by_email ON person(email_key) WHERE email_key <> '';
CREATE INDEX person_by_organisation ON person(organisation_id);

CREATE TABLE panel_seat (
    id                   INTEGER PRIMARY KEY,
    event_id             INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    person_id            INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    role                 TEXT NOT NULL,
    state                TEXT NOT NULL CHECK (state IN ('INVITED','CONFIRMED','DECLINED')),
    position             INTEGER NOT NULL,
    tech_check_done      INTEGER NOT NULL DEFAULT 0,
    consent_to_recording INTEGER NOT NULL DEFAULT 0,
    UNIQUE (event_id, person_id)
);
CREATE INDEX panel_seat_by_person ON panel_seat(person_id);

CREATE TABLE agenda_item (
    id       INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title    TEXT NOT NULL CHECK (title <> ''),
    minutes  INTEGER NOT NULL CHECK (minutes > 0),
    notes    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_item_by_event ON agenda_item(event_id, position);

CREATE TABLE agenda_speaker (
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
    person_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    PRIMARY KEY (agenda_item_id, person_id)
);

CREATE TABLE registration (
    id               INTEGER PRIMARY KEY,
    event_id         INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    email            TEXT NOT NULL CHECK (email <> ''),
    email_key        TEXT NOT NULL,
    first_name       TEXT NOT NULL DEFAULT '',
    last_name        TEXT NOT NULL DEFAULT '',
    organisation     TEXT NOT NULL DEFAULT '',
    job_title        TEXT NOT NULL DEFAULT '',
    city             TEXT NOT NULL DEFAULT '',
    country          TEXT NOT NULL DEFAULT '',
    language         TEXT NOT NULL DEFAULT '',
    registered_at    TEXT NOT NULL,
    source           TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('REGISTERED','WAITLISTED','CANCELLED','ATTENDED','NO_SHOW')),
    minutes_attended INTEGER NOT NULL DEFAULT 0 CHECK (minutes_attended >= 0),
    consent          INTEGER NOT NULL DEFAULT 0,
    consent_at       TEXT,
    consent_source   TEXT NOT NULL DEFAULT '',
    custom_answers   TEXT NOT NULL DEFAULT '{}',
    notes            TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX registration_by_email ON registration(event_id, email_key);
CREATE INDEX registration_by_email_key ON registration(email_key);

CREATE TABLE suppression (
    email  TEXT PRIMARY KEY,
    reason TEXT NOT NULL DEFAULT '',
    since  TEXT NOT NULL
);

-- Small facts about the book itself, such as whether the sample data was offered.
CREATE TABLE book_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
