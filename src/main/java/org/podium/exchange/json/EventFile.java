package org.podium.exchange.json;

import java.util.List;
import java.util.Optional;
import org.podium.domain.AgendaItem;
import org.podium.domain.Event;
import org.podium.domain.Organisation;
import org.podium.domain.OrganiserRole;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.Registration;
import org.podium.domain.Series;

/**
 * One event as it travels between books: everything in it refers to organisations by name and
 * to people by a reference local to the file, because database ids mean nothing in another
 * book. Records inside carry id 0 and no ids of their own book.
 *
 * @param event the event, without series or organisers (those are named below)
 * @param registrants present only when the file was saved with them
 */
public record EventFile(Event event, Optional<Series> series, List<OrganiserLine> organisers,
                        List<Organisation> organisations, List<PersonEntry> people, List<SeatEntry> seats,
                        List<AgendaEntry> agenda, Optional<List<Registration>> registrants) {
    /** The value of the file's {@code format} field. */
    public static final String FORMAT = "podium-event";
    /** The newest version of the format this Podium writes and reads. */
    public static final int VERSION = 1;

    public EventFile {
        organisers = List.copyOf(organisers);
        organisations = List.copyOf(organisations);
        people = List.copyOf(people);
        seats = List.copyOf(seats);
        agenda = List.copyOf(agenda);
        registrants = registrants.map(List::copyOf);
    }

    /** An organisation's part in the event, by the organisation's name. */
    public record OrganiserLine(String organisation, OrganiserRole role) {
    }

    /** A person with the file's reference to them and their organisation's name ("" for none). */
    public record PersonEntry(String ref, Person person, String organisation) {
    }

    /** A panel seat, its person named by reference. */
    public record SeatEntry(String person, PanelSeat seat) {
    }

    /** An agenda item, its speakers named by reference. */
    public record AgendaEntry(AgendaItem item, List<String> speakers) {
        public AgendaEntry {
            speakers = List.copyOf(speakers);
        }
    }
}
