package org.podium.service.directory;

import org.podium.domain.Event;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;

/** One person's seat on one event, as a person's or an organisation's history lists it. */
public record Appearance(Event event, Person person, PanelSeat seat) {
}
