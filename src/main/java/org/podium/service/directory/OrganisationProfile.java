package org.podium.service.directory;

import java.util.List;
import org.podium.domain.Event;
import org.podium.domain.Organisation;
import org.podium.domain.OrganiserRole;
import org.podium.domain.Person;

/**
 * An organisation with its people, the events it takes part in as an organisation, and the
 * seats its people hold; events latest first.
 */
public record OrganisationProfile(Organisation organisation, List<Person> people, List<Part> parts,
                                  List<Appearance> appearances) {
    public OrganisationProfile {
        people = List.copyOf(people);
        parts = List.copyOf(parts);
        appearances = List.copyOf(appearances);
    }

    /** The organisation's role in one event. */
    public record Part(Event event, OrganiserRole role) {
    }
}
