package org.podium.service.registrants;

import org.podium.service.common.NotFoundException;
import org.podium.service.privacy.ErasedAddressException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.podium.domain.CountryCodes;
import org.podium.domain.Emails;
import org.podium.domain.Event;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.Registration;
import org.podium.domain.Versioned;
import org.podium.service.common.EditConflictException;
import org.podium.domain.RegistrationLine;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.Waitlist;
import org.podium.store.RegistrationStore;
import org.podium.service.privacy.ErasedAddresses;
import org.podium.store.Stores;

/**
 * The use cases around one event's registrants: listing them, adding and editing one under the
 * capacity rule, changing the status of many at once, promoting from the waitlist, and the
 * figures the Registrants tab heads and charts them with.
 */
public final class RegistrationService {
    /** How many of the event's countries the chart shows. */
    public static final int TOP_COUNTRIES = 10;

    private final Stores stores;

    public RegistrationService(Stores stores) {
        this.stores = stores;
    }

    /** Every registration of the event as a list line, in the order they were added. */
    public List<RegistrationLine> lines(long eventId) {
        return stores.registrations().lines(eventId, 0);
    }

    /** The first {@code limit} lines in the order added: what a list shows before the rest arrive. */
    public List<RegistrationLine> firstLines(long eventId, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return stores.registrations().lines(eventId, limit);
    }

    /** The registration of that id with all its fields. */
    public Optional<Registration> find(long id) {
        return stores.registrations().get(id);
    }

    /** The event's registration of that address, compared trimmed and ignoring case. */
    public Optional<Registration> findByEmail(long eventId, String email) {
        return stores.registrations().find(eventId, email);
    }

    /**
     * Stores a new registration and returns it as stored. An address already registered for
     * the event is refused with {@link DuplicateRegistrationException}; a registration asking
     * for a seat once every seat is taken goes to the waitlist instead. An address erased on
     * request is refused with {@link ErasedAddressException}.
     */
    public Registration add(Registration r) {
        Registration checked = checked(r);
        refuseErased(checked.email());
        return stores.registrations().inTransaction(() -> {
            Event event = event(r.eventId());
            stores.registrations().find(r.eventId(), r.email()).ifPresent(existing -> {
                throw new DuplicateRegistrationException(existing);
            });
            Registration toStore = checked;
            if (checked.status() == RegistrationStatus.REGISTERED) {
                long taken = counts(event).seatsTaken();
                toStore = withStatus(checked, Waitlist.statusForNew(taken, event.capacity()));
            }
            return stores.registrations().insert(toStore);
        });
    }

    /**
     * Saves a changed registration; it stays in its event. Changing the address to one another
     * registrant of the event holds is refused with {@link DuplicateRegistrationException}, and
     * to one erased on request with {@link ErasedAddressException}.
     */
    public Registration update(Registration r) {
        return update(r, null).value();
    }

    /**
     * Saves a registration as {@link #update(Registration)} does, only if it is still stored at
     * {@code expectedVersion} (null: whatever it is); returns it with its new version, or raises
     * {@link EditConflictException} with what someone else saved since.
     */
    public Versioned<Registration> update(Registration r, Long expectedVersion) {
        Registration checked = checked(r);
        return stores.registrations().inTransaction(() -> EditConflictException.guard(() -> {
            Registration stored = stores.registrations().get(r.id())
                    .orElseThrow(() -> new NotFoundException("There is no registration " + r.id() + "."));
            if (!stored.emailKey().equals(checked.emailKey())) {
                refuseErased(checked.email());
            }
            if (stored.eventId() != r.eventId()) {
                throw new InvalidFieldException("eventId", "invalid.moveEvent");
            }
            stores.registrations().find(r.eventId(), r.email()).filter(other -> other.id() != r.id()).ifPresent(other -> {
                throw new DuplicateRegistrationException(other);
            });
            stores.registrations().update(checked, expectedVersion);
            return stores.registrations().findVersioned(r.id()).orElseThrow();
        }, () -> stores.registrations().findVersioned(r.id())));
    }

    /** The registration of that id with the version it is stored at. */
    public Optional<Versioned<Registration>> findVersioned(long id) {
        return stores.registrations().findVersioned(id);
    }

    private void refuseErased(String email) {
        if (ErasedAddresses.in(stores).isErased(email)) {
            throw new ErasedAddressException(email);
        }
    }

    private static Registration checked(Registration r) {
        String email = Emails.clean(r.email());
        if (!Emails.isValid(email)) {
            throw new InvalidFieldException("email", Emails.problem(email));
        }
        if (!CountryCodes.isValid(r.country())) {
            throw new InvalidFieldException("country", "invalid.country", r.country());
        }
        return new Registration(r.id(), r.eventId(), email, r.firstName(), r.lastName(), r.organisation(),
                r.jobTitle(), r.city(), CountryCodes.normalise(r.country()), r.language(), r.registeredAt(),
                r.source(), r.status(), r.minutesAttended(), r.consent(), r.consentAt(), r.consentSource(),
                r.customAnswers(), r.notes());
    }

    private static Registration withStatus(Registration r, RegistrationStatus status) {
        return new Registration(r.id(), r.eventId(), r.email(), r.firstName(), r.lastName(), r.organisation(),
                r.jobTitle(), r.city(), r.country(), r.language(), r.registeredAt(), r.source(), status,
                r.minutesAttended(), r.consent(), r.consentAt(), r.consentSource(), r.customAnswers(), r.notes());
    }

    /**
     * Gives every registration of {@code ids} in the event the status, in one transaction, and
     * returns those that changed with the status each had; ids of other events are ignored.
     * The coordinator's choice stands even past capacity: the capacity rule is for new ones.
     */
    public StatusChange setStatus(long eventId, Collection<Long> ids, RegistrationStatus status) {
        return stores.registrations().inTransaction(() -> {
            Map<Long, RegistrationStatus> previous = new HashMap<>(stores.registrations().statuses(eventId, ids));
            previous.values().removeIf(s -> s == status);
            Map<Long, RegistrationStatus> next = new HashMap<>();
            previous.keySet().forEach(id -> next.put(id, status));
            stores.registrations().setStatuses(eventId, next);
            return new StatusChange(eventId, status, previous);
        });
    }

    /** Undoes a bulk change or a promotion: every registration gets back the status it had. */
    public void undo(StatusChange change) {
        stores.registrations().setStatuses(change.eventId(), change.previous());
    }

    /**
     * Seats waitlisted registrants in the order they registered, as many as there are free
     * seats (all of them when the event has no capacity), in one transaction.
     */
    public StatusChange promoteFromWaitlist(long eventId) {
        return stores.registrations().inTransaction(() -> {
            RegistrantCounts counts = counts(event(eventId));
            List<Long> ids = stores.registrations().waitlisted(eventId, counts.promotable());
            Map<Long, RegistrationStatus> previous = new HashMap<>();
            Map<Long, RegistrationStatus> next = new HashMap<>();
            for (long id : ids) {
                previous.put(id, RegistrationStatus.WAITLISTED);
                next.put(id, RegistrationStatus.REGISTERED);
            }
            stores.registrations().setStatuses(eventId, next);
            return new StatusChange(eventId, RegistrationStatus.REGISTERED, previous);
        });
    }

    /** The event's registrations per status against its capacity. */
    public RegistrantCounts counts(long eventId) {
        return counts(event(eventId));
    }

    private RegistrantCounts counts(Event event) {
        return new RegistrantCounts(event.capacity(), stores.registrations().countByStatus(event.id()));
    }

    /**
     * The figures of the event's charts, from aggregates in SQL. Days are the event's own: hours
     * counted in UTC are placed on the day they fall in the event's zone (an offset of half an
     * hour, as in India, can put up to half an hour's registrations on the neighbouring day).
     */
    public RegistrationCharts charts(long eventId) {
        Event event = event(eventId);
        return new RegistrationCharts(cumulative(stores.registrations().perHour(eventId), event.zone()),
                stores.registrations().countByStatus(eventId),
                stores.registrations().topCountries(eventId, TOP_COUNTRIES).stream()
                        .map(t -> new RegistrationCharts.CountryCount(t.key(), t.count())).toList());
    }

    static List<RegistrationCharts.DayTotal> cumulative(List<RegistrationStore.Tally> perHour, ZoneId zone) {
        TreeMap<LocalDate, Long> perDay = new TreeMap<>();
        for (RegistrationStore.Tally hour : perHour) {
            LocalDate day = Instant.parse(hour.key() + ":00:00Z").atZone(zone).toLocalDate();
            perDay.merge(day, hour.count(), Long::sum);
        }
        List<RegistrationCharts.DayTotal> result = new ArrayList<>();
        if (perDay.isEmpty()) {
            return result;
        }
        long total = 0;
        for (LocalDate day = perDay.firstKey(); !day.isAfter(perDay.lastKey()); day = day.plusDays(1)) {
            total += perDay.getOrDefault(day, 0L);
            result.add(new RegistrationCharts.DayTotal(day, total));
        }
        return result;
    }

    private Event event(long eventId) {
        return stores.events().find(eventId)
                .orElseThrow(() -> new NotFoundException("There is no event " + eventId + "."));
    }
}
