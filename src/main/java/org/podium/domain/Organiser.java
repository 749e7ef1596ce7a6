package org.podium.domain;

import java.util.Objects;

/** One organisation's part in one event. */
public record Organiser(long organisationId, OrganiserRole role) {
    public Organiser {
        Objects.requireNonNull(role, "role");
    }
}
