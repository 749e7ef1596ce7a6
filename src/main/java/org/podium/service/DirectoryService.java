package org.podium.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.Organisation;
import org.podium.domain.Person;
import org.podium.store.OrganisationStore;
import org.podium.store.PersonStore;

/** The people and organisations the coordinator works with, as the directory lists them. */
public final class DirectoryService {
    private final PersonStore people;
    private final OrganisationStore organisations;

    public DirectoryService(PersonStore people, OrganisationStore organisations) {
        this.people = people;
        this.organisations = organisations;
    }

    /** A person with the organisation they belong to, if any. */
    public record PersonLine(Person person, Optional<Organisation> organisation) {
    }

    public List<PersonLine> people() {
        Map<Long, Organisation> byId = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        return people.all().stream()
                .map(p -> new PersonLine(p, Optional.ofNullable(p.organisationId()).map(byId::get)))
                .toList();
    }

    public List<Organisation> organisations() {
        return organisations.all();
    }

    public Optional<Organisation> organisation(long id) {
        return organisations.find(id);
    }

    /**
     * Adds an organisation and returns it as stored. A name already in the directory, in any
     * case, is refused: two "IOM" entries would split one partner's events between them.
     */
    public Organisation addOrganisation(Organisation o) {
        // Compared here rather than left to the database, whose NOCASE folds only ASCII.
        boolean taken = organisations.all().stream().anyMatch(existing -> existing.name().equalsIgnoreCase(o.name()));
        if (taken) {
            throw new InvalidFieldException("name", "an organisation named '" + o.name() + "' already exists");
        }
        return organisations.insert(o.withId(0));
    }
}
