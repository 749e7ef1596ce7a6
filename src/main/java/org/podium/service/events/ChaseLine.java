package org.podium.service.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.podium.domain.Chasing;
import org.podium.domain.Event;
import org.podium.domain.Person;

/**
 * One thing to chase on an event, resolved to names: the person, why, and for a double
 * booking the other event that holds them at the same time.
 */
public record ChaseLine(Chasing.Reason reason, Person person, Optional<Event> other) {

    /** Resolves the rule's chases; one whose person or other event is gone is left out. */
    static List<ChaseLine> resolve(List<Chasing.Chase> chases, Map<Long, Person> people, Map<Long, Event> events) {
        List<ChaseLine> lines = new ArrayList<>();
        for (Chasing.Chase c : chases) {
            Person person = people.get(c.personId());
            if (person == null) {
                continue;
            }
            if (c.reason() == Chasing.Reason.UNANSWERED) {
                lines.add(new ChaseLine(c.reason(), person, Optional.empty()));
            } else if (events.containsKey(c.otherEventId())) {
                lines.add(new ChaseLine(c.reason(), person, Optional.of(events.get(c.otherEventId()))));
            }
        }
        return List.copyOf(lines);
    }
}
