package org.podium.service.registrants;

import org.podium.service.common.NotFoundException;

import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Consumer;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationStatus;
import org.podium.store.Stores;

/**
 * An event's registrants as scripts read them: streamed in the order they registered, so an
 * event of a million registrants is listed without holding them all, and counted.
 */
public final class RegistrantListService {
    private final Stores stores;

    public RegistrantListService(Stores stores) {
        this.stores = stores;
    }

    /** Hands each registrant of the event, optionally only those with one status, to {@code each}. */
    public void forEach(long eventId, Optional<RegistrationStatus> status, Consumer<Registration> each) {
        requireEvent(eventId);
        stores.registrationImports().forEach(eventId, status, each);
    }

    /** How many registrants the event has, of every status or of one. */
    public long count(long eventId, Optional<RegistrationStatus> status) {
        requireEvent(eventId);
        return stores.registrationImports().count(eventId, status.map(EnumSet::of)
                .orElseGet(() -> EnumSet.allOf(RegistrationStatus.class)));
    }

    private void requireEvent(long eventId) {
        if (stores.events().find(eventId).isEmpty()) {
            throw new NotFoundException("There is no event " + eventId + ".");
        }
    }
}
