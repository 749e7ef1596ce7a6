package org.podium.service.book;

import org.podium.service.events.EventService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.podium.domain.AgendaItem;
import org.podium.domain.Emails;
import org.podium.domain.Event;
import org.podium.domain.Organisation;
import org.podium.domain.Organiser;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.Registration;
import org.podium.domain.Series;
import org.podium.exchange.json.EventFile;
import org.podium.service.book.EventFileService.Counts;
import org.podium.store.Stores;

/**
 * Merges one checked event file into the book, inside the caller's transaction. A value the
 * file leaves empty never erases what the book knows; the event's panel and agenda become the
 * file's; registrants are added or updated, never removed; addresses erased on request are
 * skipped, so a file from another laptop cannot bring them back.
 */
final class EventFileMerge {
    private final EventService eventService;
    private final Stores stores;
    private final Set<String> erased;
    private final Map<String, Long> organisationIds = new HashMap<>();
    private final Map<String, Long> personIds = new HashMap<>();
    private int skipped;

    EventFileMerge(EventService eventService, Stores stores, Set<String> erased) {
        this.eventService = eventService;
        this.stores = stores;
        this.erased = erased;
    }

    EventFileService.Imported merge(EventFile file) {
        Counts orgs = organisations(file.organisations());
        Long seriesId = file.series().map(this::series).orElse(null);
        Counts persons = people(file.people());
        Event incoming = file.event().toBuilder().seriesId(seriesId)
                .organisers(file.organisers().stream()
                        .map(o -> new Organiser(organisationIds.get(EventFileService.key(o.organisation())), o.role()))
                        .toList())
                .build();
        boolean restored = false;
        Optional<Event> existing = incoming.uid().isEmpty() ? Optional.empty()
                : stores.events().findByUid(incoming.uid());
        if (existing.isEmpty() && !incoming.uid().isEmpty()) {
            Optional<Long> trashed = stores.events().findInTrashByUid(incoming.uid());
            if (trashed.isPresent()) {
                stores.events().restoreFromTrash(trashed.get());
                existing = stores.events().find(trashed.get());
                restored = true;
            }
        }
        Event stored;
        boolean updated = false;
        if (existing.isPresent()) {
            Event before = existing.get();
            Event wanted = incoming.toBuilder().id(before.id()).icsSequence(before.icsSequence()).build();
            if (!wanted.equals(before)) {
                stored = eventService.update(wanted);
                updated = true;
            } else {
                stored = before;
            }
            if (incoming.icsSequence() > stored.icsSequence()) {
                // The other book already told calendars about a later change: stay ahead of it.
                stores.events().update(stored.toBuilder().icsSequence(incoming.icsSequence()).build());
                stored = eventService.get(stored.id());
            }
        } else {
            stored = eventService.add(incoming);
        }
        long eventId = stored.id();
        Counts seats = seats(eventId, file.seats());
        Counts items = agenda(eventId, file.agenda());
        Optional<Counts> registrants = file.registrants().map(list -> registrants(eventId, list));
        return new EventFileService.Imported(stored.id(), stored.title(), existing.isEmpty(), updated || restored,
                restored, orgs, persons, seats, items, registrants, skipped);
    }

    private Counts organisations(List<Organisation> incoming) {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<Organisation> known = new ArrayList<>(stores.organisations().all());
        for (Organisation o : incoming) {
            Optional<Organisation> match = known.stream().filter(k -> k.name().equalsIgnoreCase(o.name())).findFirst();
            long id;
            if (match.isPresent()) {
                Organisation before = match.get();
                Organisation merged = new Organisation(before.id(), before.name(), or(o.shortName(), before.shortName()),
                        o.kind(), or(o.city(), before.city()), or(o.country(), before.country()));
                if (merged.equals(before)) {
                    unchanged++;
                } else {
                    stores.organisations().update(merged);
                    updated++;
                }
                id = before.id();
            } else {
                Organisation stored = stores.organisations().insert(o.withId(0));
                known.add(stored);
                id = stored.id();
                added++;
            }
            organisationIds.put(EventFileService.key(o.name()), id);
        }
        return new Counts(added, updated, unchanged, 0);
    }

    private long series(Series incoming) {
        Optional<Series> match = stores.series().all().stream().filter(s -> s.name().equalsIgnoreCase(incoming.name()))
                .findFirst();
        if (match.isEmpty()) {
            return stores.series().insert(incoming.withId(0)).id();
        }
        Series before = match.get();
        Series merged = new Series(before.id(), before.name(), or(incoming.description(), before.description()),
                or(incoming.funder(), before.funder()), or(incoming.webPage(), before.webPage()));
        if (!merged.equals(before)) {
            stores.series().update(merged);
        }
        return before.id();
    }

    private Counts people(List<EventFile.PersonEntry> incoming) {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (EventFile.PersonEntry entry : incoming) {
            Person p = entry.person();
            String email = Emails.normalise(p.email());
            if (!email.isEmpty() && erased.contains(email)) {
                skipped++;
                continue;
            }
            Long orgId = entry.organisation().isEmpty() ? null
                    : organisationIds.get(EventFileService.key(entry.organisation()));
            Optional<Person> match = email.isEmpty() ? Optional.empty() : stores.people().findByEmail(email);
            if (match.isEmpty() && !email.isEmpty()) {
                Optional<Person> trashed = stores.people().findInTrashByEmail(email);
                if (trashed.isPresent()) {
                    stores.people().restoreFromTrash(trashed.get().id());
                    match = stores.people().find(trashed.get().id());
                }
            }
            if (match.isEmpty()) {
                // A namesake with another address is another person.
                match = stores.people().findByName(p.firstName(), p.lastName())
                        .filter(b -> b.email().isEmpty() || email.isEmpty());
            }
            if (match.isPresent()) {
                Person before = match.get();
                Person merged = new Person(before.id(), or(p.honorific(), before.honorific()),
                        or(p.firstName(), before.firstName()), or(p.lastName(), before.lastName()),
                        or(p.email(), before.email()), or(p.phone(), before.phone()), or(p.position(), before.position()),
                        orgId != null ? orgId : before.organisationId(), or(p.city(), before.city()),
                        or(p.country(), before.country()), or(p.bio(), before.bio()), or(p.notes(), before.notes()));
                if (merged.equals(before)) {
                    unchanged++;
                } else {
                    stores.people().update(merged);
                    updated++;
                }
                personIds.put(entry.ref(), before.id());
            } else {
                personIds.put(entry.ref(), stores.people().insert(detached(p, 0L, orgId)).id());
                added++;
            }
        }
        return new Counts(added, updated, unchanged, 0);
    }

    private Counts seats(long eventId, List<EventFile.SeatEntry> incoming) {
        Map<Long, PanelSeat> current = new HashMap<>();
        stores.panel().forEvent(eventId).forEach(s -> current.put(s.personId(), s));
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (EventFile.SeatEntry entry : incoming) {
            Long personId = personIds.get(entry.person());
            if (personId == null) {
                continue; // the person was erased on request
            }
            PanelSeat s = entry.seat();
            PanelSeat before = current.remove(personId);
            PanelSeat wanted = new PanelSeat(before == null ? 0 : before.id(), eventId, personId, s.role(), s.state(),
                    s.order(), s.techCheckDone(), s.consentToRecording());
            if (before == null) {
                stores.panel().insert(wanted);
                added++;
            } else if (before.equals(wanted)) {
                unchanged++;
            } else {
                stores.panel().update(wanted);
                updated++;
            }
        }
        current.values().forEach(s -> stores.panel().delete(s.id()));
        return new Counts(added, updated, unchanged, current.size());
    }

    private Counts agenda(long eventId, List<EventFile.AgendaEntry> incoming) {
        List<AgendaItem> before = stores.agenda().forEvent(eventId);
        List<AgendaItem> wanted = new ArrayList<>();
        for (EventFile.AgendaEntry entry : incoming) {
            AgendaItem a = entry.item();
            List<Long> speakers = entry.speakers().stream().map(personIds::get).filter(id -> id != null).toList();
            wanted.add(new AgendaItem(0, eventId, a.position(), a.title(), a.minutes(), speakers, a.notes()));
        }
        List<AgendaItem> comparable = before.stream().map(i -> i.withId(0)).toList();
        if (comparable.equals(wanted)) {
            return new Counts(0, 0, wanted.size(), 0);
        }
        before.forEach(i -> stores.agenda().delete(i.id()));
        wanted.forEach(stores.agenda()::insert);
        int kept = Math.min(before.size(), wanted.size());
        return new Counts(wanted.size() - kept, kept, 0, before.size() - kept);
    }

    private Counts registrants(long eventId, List<Registration> incoming) {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Registration r : incoming) {
            if (erased.contains(r.emailKey())) {
                skipped++;
                continue;
            }
            Optional<Registration> before = stores.registrations().find(eventId, r.email());
            if (before.isEmpty()) {
                stores.registrations().insert(detached(r, eventId));
                added++;
                continue;
            }
            Registration wanted = withId(detached(r, eventId), before.get().id());
            if (wanted.equals(before.get())) {
                unchanged++;
            } else {
                stores.registrations().update(wanted);
                updated++;
            }
        }
        return new Counts(added, updated, unchanged, 0);
    }

    private static String or(String preferred, String fallback) {
        return preferred.isEmpty() ? fallback : preferred;
    }

    /** The person with another id and organisation, everything else as it is. */
    static Person detached(Person p, long id, Long organisationId) {
        return new Person(id, p.honorific(), p.firstName(), p.lastName(), p.email(), p.phone(), p.position(),
                organisationId, p.city(), p.country(), p.bio(), p.notes());
    }

    /** The registration for another event, not yet stored. */
    static Registration detached(Registration r, long eventId) {
        return withId(new Registration(0, eventId, r.email(), r.firstName(), r.lastName(), r.organisation(),
                r.jobTitle(), r.city(), r.country(), r.language(), r.registeredAt(), r.source(), r.status(),
                r.minutesAttended(), r.consent(), r.consentAt(), r.consentSource(), r.customAnswers(), r.notes()), 0);
    }

    private static Registration withId(Registration r, long id) {
        return new Registration(id, r.eventId(), r.email(), r.firstName(), r.lastName(), r.organisation(), r.jobTitle(),
                r.city(), r.country(), r.language(), r.registeredAt(), r.source(), r.status(), r.minutesAttended(),
                r.consent(), r.consentAt(), r.consentSource(), r.customAnswers(), r.notes());
    }
}
