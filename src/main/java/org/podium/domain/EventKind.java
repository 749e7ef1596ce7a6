package org.podium.domain;

/** The format of an event: where the audience sits. */
public enum EventKind {
    WEBINAR, PANEL, HYBRID, IN_PERSON
}
