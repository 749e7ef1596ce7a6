package org.podium.domain;

/** Where a registration came from, kept so a coordinator can trace a row back to its file. */
public enum RegistrationSource {
    MANUAL, CSV, ZOOM, WEBEX, EVENTBRITE, TEAMS
}
