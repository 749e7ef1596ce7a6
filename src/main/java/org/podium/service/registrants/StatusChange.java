package org.podium.service.registrants;

import java.util.Map;
import org.podium.domain.RegistrationStatus;

/**
 * The registrations a bulk change or a promotion moved to {@code status}, each with the status
 * it had before, so an undo can give every row back its own.
 */
public record StatusChange(long eventId, RegistrationStatus status, Map<Long, RegistrationStatus> previous) {
    public StatusChange {
        previous = Map.copyOf(previous);
    }

    public int size() {
        return previous.size();
    }
}
