package org.podium.domain;

/** Where an event stands in its life, as the coordinator records it. */
public enum EventStatus {
    DRAFT, SCHEDULED, CONCLUDED, CANCELLED
}
