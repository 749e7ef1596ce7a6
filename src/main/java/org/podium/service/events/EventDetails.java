package org.podium.service.events;

import java.util.List;
import java.util.Optional;
import org.podium.domain.Agenda;
import org.podium.domain.Event;
import org.podium.domain.EventStatus;
import org.podium.domain.Organisation;
import org.podium.domain.OrganiserRole;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.Series;
import org.podium.domain.Stamp;

/** Everything the event page shows about one event, resolved to names. */
public record EventDetails(Event event, EventStatus shownStatus, Optional<Series> series,
                           List<OrganiserLine> organisers, List<SeatLine> seats,
                           List<Agenda.Timed> agenda, long registrants, Stamp stamp) {

    /** An organisation with its part in this event. */
    public record OrganiserLine(Organisation organisation, OrganiserRole role) {
    }

    /** A seat with the person in it and the organisation they speak for. */
    public record SeatLine(PanelSeat seat, Person person, Optional<Organisation> organisation) {
    }
}
