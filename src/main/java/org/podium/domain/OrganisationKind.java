package org.podium.domain;

/** What part an organisation usually plays in the coordinator's events. */
public enum OrganisationKind {
    ORGANISER, PARTNER, PARTICIPATING_CITY, FUNDER, OTHER
}
