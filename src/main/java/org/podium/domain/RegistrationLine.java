package org.podium.domain;

import java.time.Instant;

/**
 * One registration reduced to what a list of many thousands shows: enough to read, search and
 * sort the list, without the notes, answers and consent details that only a form needs.
 */
public record RegistrationLine(long id, String firstName, String lastName, String email, String organisation,
                               String country, RegistrationStatus status, Instant registeredAt, boolean consent,
                               int minutesAttended) {
    /** The same line with another status, as a bulk change leaves it. */
    public RegistrationLine withStatus(RegistrationStatus newStatus) {
        return new RegistrationLine(id, firstName, lastName, email, organisation, country, newStatus, registeredAt,
                consent, minutesAttended);
    }
}
