package org.podium.service.privacy;

import org.podium.service.common.Progress;
import org.podium.service.common.SafeFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.podium.domain.Emails;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.Registration;
import org.podium.domain.Suppression;
import org.podium.exchange.json.SubjectAccessFile;
import org.podium.store.PrivacyStore;
import org.podium.store.PrivacyStore.EventRef;
import org.podium.store.Stores;

/**
 * The book's duties to the people in it: what it holds about an address (to show before an
 * erasure, or to hand over on a subject-access request) and erasing it everywhere, the trash
 * included. Retention rules live in {@link RetentionService}.
 */
public final class PrivacyService {
    /** The suppression reason an erasure records. */
    public static final String ERASED_REASON = "erased on request";
    /** The steps an erasure reports: logged, erased, journal folded. */
    public static final int ERASURE_STEPS = 3;

    private final Stores stores;
    /**
     * The erasure log beside a laptop book, which a restore of an older copy reads to erase
     * again; a team book has none, because it is never restored over (its server's tools are).
     */
    private final Optional<ErasureLog> log;

    public PrivacyService(Stores stores) {
        this.stores = stores;
        this.log = stores.db().file().map(ErasureLog::new);
    }

    /** An event as privacy screens name it; {@code inTrash} marks events deleted but not yet emptied. */
    public record EventLine(long id, String title, boolean inTrash) {
    }

    /**
     * What an erasure of the address would remove, listed for the confirmation: registrations
     * by event, the directory entry with its seats and agenda places, and how many other
     * records mention the address in their text.
     */
    public record ErasurePlan(String email, List<EventLine> registrations, Optional<Person> person,
                              List<EventLine> seats, List<String> agendaItems, int otherMentions,
                              boolean alreadySuppressed) {
        public boolean holdsNothing() {
            return registrations.isEmpty() && person.isEmpty() && otherMentions == 0;
        }
    }

    /** What an erasure removed. */
    public record Erasure(String email, int registrations, int people, int mentionsBlanked, boolean suppressed) {
    }

    public ErasurePlan plan(String email) {
        String key = checked(email);
        Map<Long, EventRef> events = stores.privacy().events();
        List<Registration> held = stores.privacy().registrations(key);
        List<EventLine> registrations = held.stream().map(r -> line(events.get(r.eventId()))).toList();
        java.util.Set<Long> heldIds = held.stream().map(Registration::id).collect(java.util.stream.Collectors.toSet());
        Optional<Person> person = stores.privacy().person(key);
        List<EventLine> seats = person.map(p -> stores.panel().forPerson(p.id()).stream()
                .map(s -> line(events.get(s.eventId()))).toList()).orElse(List.of());
        List<String> agenda = person.map(p -> stores.privacy().speakerPlaces(p.id()).stream()
                .map(place -> place.itemTitle() + " (" + events.get(place.eventId()).title() + ")").toList())
                .orElse(List.of());
        // The rows erased anyway are not "other" mentions.
        int others = (int) stores.privacy().mentions(key).stream()
                .filter(m -> !m.table().equals("registration") || !heldIds.contains(m.rowid()))
                .filter(m -> !m.table().equals("person") || person.isEmpty() || m.rowid() != person.get().id())
                .count();
        return new ErasurePlan(key, registrations, person, seats, agenda, others, stores.suppressions().contains(key));
    }

    /**
     * Erases the address from the whole book in one transaction: every registration (in every
     * event, trashed ones too), the directory entry with its seats and agenda places, every
     * other mention; then adds it to the suppression list so it is never mailed or imported
     * again, and folds the journal so the erased pages leave it.
     */
    public Erasure erase(String email) {
        return erase(email, Progress.NONE);
    }

    /**
     * As {@link #erase(String)}, reporting its {@value #ERASURE_STEPS} steps as each ends: the
     * address recorded in the erasure log, the erasure's one transaction committed, the journal folded.
     */
    public Erasure erase(String email, Progress progress) {
        String key = checked(email);
        // Recorded first: a log that cannot be read or written stops the erasure before anything
        // is erased. Should the erasure itself then fail, the address stays in the log and a
        // later restore erases it, as was asked. A read-only book refuses below; its log is left alone.
        if (!stores.db().readOnly()) {
            log.ifPresent(l -> l.record(key));
        }
        progress.update(1, ERASURE_STEPS);
        Erasure result = stores.db().write(c -> {
            PrivacyStore.Erased erased = stores.privacy().erase(key);
            boolean added = stores.suppressions().add(new Suppression(key, ERASED_REASON, stores.clock().instant()));
            return new Erasure(key, erased.registrations(), erased.people(), erased.mentionsBlanked(), added);
        });
        progress.update(2, ERASURE_STEPS);
        stores.db().checkpoint();
        progress.update(ERASURE_STEPS, ERASURE_STEPS);
        return result;
    }

    /**
     * Erases again every address erased on request that the book holds once more, as after a
     * restore of a backup taken before the erasure; returns the addresses. The erasure log
     * beside the book ({@link ErasureLog}) remembers them across restores.
     */
    public List<String> reapplyErasures() {
        if (stores.db().readOnly()) {
            return List.of();
        }
        List<String> again = log.map(l -> l.erasedAmong(stores.privacy().addresses())).orElse(List.of());
        again.forEach(this::erase);
        return again;
    }

    /**
     * The addresses among {@code candidates} that were erased on request, which imports must not
     * bring back: by the suppression list, and by the erasure log, which survives a restore.
     */
    public java.util.Set<String> erasedAmong(java.util.Collection<String> candidates) {
        return ErasedAddresses.in(stores).among(candidates);
    }

    /** Everything the book holds about the address. */
    public SubjectAccessFile subjectAccess(String email) {
        String key = checked(email);
        Map<Long, EventRef> events = stores.privacy().events();
        Optional<Person> person = stores.privacy().person(key);
        String organisation = person.map(Person::organisationId).flatMap(id -> stores.organisations().find(id))
                .map(o -> o.name()).orElse("");
        List<SubjectAccessFile.SeatLine> seats = new ArrayList<>();
        List<SubjectAccessFile.SpeakerLine> agenda = new ArrayList<>();
        if (person.isPresent()) {
            for (PanelSeat seat : stores.panel().forPerson(person.get().id())) {
                EventRef e = events.get(seat.eventId());
                seats.add(new SubjectAccessFile.SeatLine(e.title(), e.start(), e.zone(), seat));
            }
            for (PrivacyStore.SpeakerPlace place : stores.privacy().speakerPlaces(person.get().id())) {
                agenda.add(new SubjectAccessFile.SpeakerLine(events.get(place.eventId()).title(), place.itemTitle()));
            }
        }
        List<SubjectAccessFile.RegistrationLine> registrations = new ArrayList<>();
        for (Registration r : stores.privacy().registrations(key)) {
            EventRef e = events.get(r.eventId());
            registrations.add(new SubjectAccessFile.RegistrationLine(e.title(), e.start(), e.zone(), r));
        }
        Optional<Suppression> suppression = stores.suppressions().all().stream().filter(s -> s.email().equals(key))
                .findFirst();
        return new SubjectAccessFile(key, stores.clock().instant(), person, organisation, seats, agenda, registrations,
                suppression);
    }

    /** Saves {@link #subjectAccess} as JSON to the file; returns what was written. */
    public SubjectAccessFile exportSubjectAccess(String email, Path file) {
        SubjectAccessFile data = subjectAccess(email);
        SafeFiles.forBook(stores.db().file()).write(file, data::write);
        return data;
    }

    private static EventLine line(EventRef e) {
        return new EventLine(e.id(), e.title(), e.inTrash());
    }

    private static String checked(String email) {
        String key = Emails.normalise(email);
        if (key.isEmpty()) {
            throw new InvalidFieldException("email", "invalid.emailRequired");
        }
        if (!key.contains("@")) {
            throw new InvalidFieldException("email", "invalid.notEmail", email.strip());
        }
        return key;
    }
}
