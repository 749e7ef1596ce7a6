package org.podium.domain;

/** The part an organisation plays in one particular event. */
public enum OrganiserRole {
    ORGANISER, CO_ORGANISER, RESEARCH_PARTNER, PARTNER, PARTICIPATING_CITY, FUNDER, OTHER
}
