package org.podium.service.registrants;

import org.podium.domain.Registration;

/** An address is already registered for the event; carries the registration that holds it. */
public final class DuplicateRegistrationException extends RuntimeException {
    private final transient Registration existing;

    public DuplicateRegistrationException(Registration existing) {
        super(existing.email() + " is already registered for this event.");
        this.existing = existing;
    }

    public Registration existing() {
        return existing;
    }
}
