package org.podium.service.directory;

import org.podium.service.common.NotFoundException;
import org.podium.service.privacy.ErasedAddressException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.podium.domain.Emails;
import org.podium.domain.Event;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.Organisation;
import org.podium.domain.Organiser;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.Versioned;
import org.podium.service.common.EditConflictException;
import org.podium.service.privacy.ErasedAddresses;
import org.podium.store.Stores;

/**
 * The people and organisations the coordinator works with: the directory's lists, adding,
 * editing and deleting (with undo), and the events each of them takes part in.
 */
public final class DirectoryService {
    private static final Comparator<Event> LATEST_FIRST = Comparator.comparing(Event::startInstant).reversed();

    private final Stores stores;

    public DirectoryService(Stores stores) {
        this.stores = stores;
    }

    /** A person with the organisation they belong to, if any. */
    public record PersonLine(Person person, Optional<Organisation> organisation) {
    }

    /** What deleting an organisation took away, so that it can be put back. */
    public record RemovedOrganisation(Organisation organisation, List<Long> peopleIds) {
        public RemovedOrganisation {
            peopleIds = List.copyOf(peopleIds);
        }
    }

    /** Everyone in the directory by id, for naming the speakers of agenda items. */
    public Map<Long, Person> peopleById() {
        return stores.people().all().stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    public List<PersonLine> people() {
        Map<Long, Organisation> byId = organisationsById();
        return stores.people().all().stream()
                .map(p -> new PersonLine(p, Optional.ofNullable(p.organisationId()).map(byId::get)))
                .toList();
    }

    public Optional<Person> person(long id) {
        return stores.people().find(id);
    }

    /** The live person of that id; a missing or deleted one is {@link NotFoundException}. */
    public Person getPerson(long id) {
        return stores.people().find(id).orElseThrow(() -> new NotFoundException("There is no person " + id + "."));
    }

    /** The person with that address, compared as {@link Emails} says. */
    public Optional<Person> personByEmail(String email) {
        return stores.people().findByEmail(email);
    }

    /**
     * Adds a person and returns them as stored; a bad or taken address is refused, naming the
     * field, and one erased on request with {@link ErasedAddressException}.
     */
    public Person addPerson(Person person) {
        return stores.events().inTransaction(() -> {
            check(person.withId(0));
            refuseErased(person.email());
            return stores.people().insert(person.withId(0));
        });
    }

    /** A person added with {@link #addPerson(Person, String)}, and the organisation added for them, if any. */
    public record AddedPerson(Person person, Optional<Organisation> organisationAdded) {
    }

    /**
     * Adds a person belonging to the organisation of that name or short name (ignoring case),
     * adding the organisation first when the directory does not know it; all or nothing.
     */
    public AddedPerson addPerson(Person person, String organisationName) {
        return stores.events().inTransaction(() -> {
            String wanted = organisationName.strip().toLowerCase(java.util.Locale.ROOT);
            Optional<Organisation> known = stores.organisations().all().stream()
                    .filter(o -> o.name().toLowerCase(java.util.Locale.ROOT).equals(wanted)
                            || o.shortName().toLowerCase(java.util.Locale.ROOT).equals(wanted))
                    .findFirst();
            Organisation organisation = known.orElseGet(() -> addOrganisation(new Organisation(0, organisationName, "",
                    org.podium.domain.OrganisationKind.OTHER, "", "")));
            Person added = addPerson(new Person(0, person.honorific(), person.firstName(), person.lastName(),
                    person.email(), person.phone(), person.position(), organisation.id(), person.city(),
                    person.country(), person.bio(), person.notes()));
            return new AddedPerson(added, known.isPresent() ? Optional.empty() : Optional.of(organisation));
        });
    }

    /** Saves a changed person and returns them as stored; a new address erased on request is refused. */
    public Person updatePerson(Person person) {
        return updatePerson(person, null).value();
    }

    /**
     * Saves a changed person as {@link #updatePerson(Person)} does, only if they are still
     * stored at {@code expectedVersion} (null: whatever it is); returns them with their new
     * version, or raises {@link EditConflictException} with what someone else saved since.
     */
    public Versioned<Person> updatePerson(Person person, Long expectedVersion) {
        return stores.events().inTransaction(() -> EditConflictException.guard(() -> {
            Person stored = getPerson(person.id());
            check(person);
            if (!Emails.normalise(stored.email()).equals(Emails.normalise(person.email()))) {
                refuseErased(person.email());
            }
            stores.people().update(person, expectedVersion);
            return stores.people().findVersioned(person.id()).orElseThrow();
        }, () -> stores.people().findVersioned(person.id())));
    }

    /** The live person of that id with the version they are stored at; a missing one is {@link NotFoundException}. */
    public Versioned<Person> getPersonVersioned(long id) {
        return stores.people().findVersioned(id)
                .orElseThrow(() -> new NotFoundException("There is no person " + id + "."));
    }

    private void refuseErased(String email) {
        if (!email.isEmpty() && ErasedAddresses.in(stores).isErased(email)) {
            throw new ErasedAddressException(email);
        }
    }

    private void check(Person person) {
        if (!person.email().isEmpty()) {
            if (!Emails.isValid(person.email())) {
                throw new InvalidFieldException("email", Emails.problem(person.email()));
            }
            stores.people().findByEmail(person.email()).filter(other -> other.id() != person.id()).ifPresent(other -> {
                throw new InvalidFieldException("email", "invalid.emailTaken", person.email(),
                        other.fullName(), other.id());
            });
        }
        if (person.organisationId() != null && stores.organisations().find(person.organisationId()).isEmpty()) {
            throw new NotFoundException("There is no organisation " + person.organisationId() + ".");
        }
    }

    /** Moves the person to the trash with their seats, from where {@link #restorePerson} brings them back. */
    public Person movePersonToTrash(long id) {
        return stores.events().inTransaction(() -> {
            Person person = getPerson(id);
            stores.people().moveToTrash(id, stores.clock().instant());
            return person;
        });
    }

    /** Brings a person back from the trash with their seats and agenda slots; returns them. */
    public Person restorePerson(long id) {
        return stores.events().inTransaction(() -> {
            String email = stores.people().emailInTrash(id)
                    .orElseThrow(() -> new NotFoundException("There is no person " + id + " in the trash."));
            stores.people().findByEmail(email).ifPresent(other -> {
                throw new InvalidFieldException("email", "invalid.restoreTaken", id, other.fullName(),
                        email);
            });
            stores.people().restoreFromTrash(id);
            return getPerson(id);
        });
    }

    /** The seats the person holds on live events, latest event first. */
    public List<Appearance> appearances(long personId) {
        Person person = getPerson(personId);
        Map<Long, Event> live = liveEvents();
        return stores.panel().forPerson(personId).stream()
                .filter(s -> live.containsKey(s.eventId()))
                .map(s -> new Appearance(live.get(s.eventId()), person, s))
                .sorted(Comparator.comparing(Appearance::event, LATEST_FIRST))
                .toList();
    }

    public List<Organisation> organisations() {
        return stores.organisations().all();
    }

    public Optional<Organisation> organisation(long id) {
        return stores.organisations().find(id);
    }

    /**
     * Adds an organisation and returns it as stored. A name already in the directory, in any
     * case, is refused: two "IOM" entries would split one partner's events between them.
     */
    public Organisation addOrganisation(Organisation o) {
        checkName(o.withId(0));
        return stores.organisations().insert(o.withId(0));
    }

    /** Saves a changed organisation; its name must stay unique. */
    public Organisation updateOrganisation(Organisation o) {
        return updateOrganisation(o, null).value();
    }

    /**
     * Saves a changed organisation as {@link #updateOrganisation(Organisation)} does, only if
     * it is still stored at {@code expectedVersion} (null: whatever it is); returns it with its
     * new version, or raises {@link EditConflictException} with what someone else saved since.
     */
    public Versioned<Organisation> updateOrganisation(Organisation o, Long expectedVersion) {
        return stores.events().inTransaction(() -> EditConflictException.guard(() -> {
            stores.organisations().find(o.id())
                    .orElseThrow(() -> new NotFoundException("There is no organisation " + o.id() + "."));
            checkName(o);
            stores.organisations().update(o, expectedVersion);
            return stores.organisations().findVersioned(o.id()).orElseThrow();
        }, () -> stores.organisations().findVersioned(o.id())));
    }

    /** The organisation of that id with the version it is stored at; a missing one is {@link NotFoundException}. */
    public Versioned<Organisation> getOrganisationVersioned(long id) {
        return stores.organisations().findVersioned(id)
                .orElseThrow(() -> new NotFoundException("There is no organisation " + id + "."));
    }

    private void checkName(Organisation o) {
        // Compared here rather than left to the database, whose NOCASE folds only ASCII.
        boolean taken = stores.organisations().all().stream()
                .anyMatch(existing -> existing.id() != o.id() && existing.name().equalsIgnoreCase(o.name()));
        if (taken) {
            throw new InvalidFieldException("name", "invalid.organisationExists", o.name());
        }
    }

    /**
     * Deletes an organisation; its people stay, without it. One that organises an event (even
     * one in the trash) is refused, since the event would lose it: take it off those events first.
     */
    public RemovedOrganisation deleteOrganisation(long id) {
        return stores.events().inTransaction(() -> {
            Organisation o = stores.organisations().find(id)
                    .orElseThrow(() -> new NotFoundException("There is no organisation " + id + "."));
            List<Event> organised = new ArrayList<>(stores.events().all());
            organised.addAll(stores.events().trash());
            List<String> titles = organised.stream().filter(e -> organises(e, id)).map(Event::title).toList();
            if (!titles.isEmpty()) {
                throw new InvalidFieldException("organisation", "invalid.organisationInUse", o.name(),
                        titles.size(), String.join("; ", titles));
            }
            List<Long> members = stores.people().idsInOrganisation(id);
            stores.organisations().delete(id);
            return new RemovedOrganisation(o, members);
        });
    }

    /** Puts a deleted organisation back under its id, with the people who belonged to it. */
    public Organisation restoreOrganisation(RemovedOrganisation removed) {
        return stores.events().inTransaction(() -> {
            checkName(removed.organisation());
            stores.organisations().reinsert(removed.organisation());
            stores.people().setOrganisation(removed.peopleIds(), removed.organisation().id());
            return removed.organisation();
        });
    }

    /** The organisation with its people, its parts in live events and its people's seats. */
    public OrganisationProfile organisationProfile(long id) {
        Organisation o = stores.organisations().find(id)
                .orElseThrow(() -> new NotFoundException("There is no organisation " + id + "."));
        List<Person> members = stores.people().all().stream()
                .filter(p -> p.organisationId() != null && p.organisationId() == id).toList();
        Map<Long, Event> live = liveEvents();
        List<OrganisationProfile.Part> parts = new ArrayList<>();
        live.values().stream().sorted(LATEST_FIRST).forEach(e -> e.organisers().stream()
                .filter(org -> org.organisationId() == id)
                .forEach(org -> parts.add(new OrganisationProfile.Part(e, org.role()))));
        Map<Long, Person> byId = members.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        List<Appearance> appearances = new ArrayList<>();
        for (PanelSeat s : stores.panel().all()) {
            if (byId.containsKey(s.personId()) && live.containsKey(s.eventId())) {
                appearances.add(new Appearance(live.get(s.eventId()), byId.get(s.personId()), s));
            }
        }
        appearances.sort(Comparator.comparing(Appearance::event, LATEST_FIRST));
        return new OrganisationProfile(o, members, parts, appearances);
    }

    private static boolean organises(Event e, long organisationId) {
        return e.organisers().stream().map(Organiser::organisationId).anyMatch(id -> id == organisationId);
    }

    private Map<Long, Event> liveEvents() {
        Map<Long, Event> byId = new HashMap<>();
        stores.events().all().forEach(e -> byId.put(e.id(), e));
        return byId;
    }

    private Map<Long, Organisation> organisationsById() {
        return stores.organisations().all().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
    }
}
