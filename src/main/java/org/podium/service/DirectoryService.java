package org.podium.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
}
