package org.podium.domain;

/** What a person does on an event's panel. */
public enum SeatRole {
    OPENING_REMARKS, KEYNOTE, PRESENTER, PANELLIST, MODERATOR, DISCUSSANT, CLOSING
}
