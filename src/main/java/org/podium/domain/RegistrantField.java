package org.podium.domain;

/**
 * What a column of a registrant or attendance file fills in: a field of a registration, an
 * attendance fact, a custom answer kept under the column's own heading, or nothing.
 */
public enum RegistrantField {
    EMAIL,
    FIRST_NAME,
    LAST_NAME,
    /** A whole name in one column, split into first and last name when there are no separate columns. */
    FULL_NAME,
    ORGANISATION,
    JOB_TITLE,
    CITY,
    COUNTRY,
    LANGUAGE,
    REGISTERED_AT,
    CONSENT,
    /** A platform's own status for the registrant, such as Eventbrite's "Attendee Status". */
    STATUS,
    NOTES,
    /** Whether the person attended: yes/no. */
    ATTENDED,
    /** Time in the session: minutes, or a duration such as "1h 2m 3s". */
    DURATION,
    /** When the person joined the session. */
    JOIN_TIME,
    /** A meeting role such as Teams' Organizer, Presenter or Attendee. */
    ROLE,
    /** Where the registration came from, by name (MANUAL, CSV, ZOOM…): only in a Podium full export. */
    SOURCE,
    /** When consent was given or refused, as an instant: only in a Podium full export. */
    CONSENT_AT,
    /** Where the consent answer was recorded: only in a Podium full export. */
    CONSENT_SOURCE,
    /** Every custom answer as one JSON object of text: only in a Podium full export. */
    ANSWERS,
    /** Kept as a custom answer under the column's heading. */
    CUSTOM,
    /** Not imported. */
    IGNORE;

    /** Whether only Podium's own full export fills this field: no other file's column may be given it. */
    public boolean onlyInFullExport() {
        return this == SOURCE || this == CONSENT_AT || this == CONSENT_SOURCE || this == ANSWERS;
    }
}
