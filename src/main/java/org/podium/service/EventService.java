package org.podium.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.podium.domain.Agenda;
import org.podium.domain.Event;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.Organisation;
import org.podium.domain.Schedule;
import org.podium.store.AgendaStore;
import org.podium.store.EventStore;
import org.podium.store.OrganisationStore;
import org.podium.store.PanelStore;
import org.podium.store.PersonStore;
import org.podium.store.SeriesStore;

/** The use cases around events that the window and the command line share. */
public final class EventService {
    private final EventStore events;
    private final SeriesStore series;
    private final OrganisationStore organisations;
    private final PersonStore people;
    private final PanelStore panel;
    private final AgendaStore agenda;
    private final Clock clock;

    public EventService(EventStore events, SeriesStore series, OrganisationStore organisations,
                        PersonStore people, PanelStore panel, AgendaStore agenda, Clock clock) {
        this.events = events;
        this.series = series;
        this.organisations = organisations;
        this.people = people;
        this.panel = panel;
        this.agenda = agenda;
        this.clock = clock;
    }

    /** Upcoming events soonest first, then past events most recent first. */
    public List<EventSummary> list() {
        Instant now = clock.instant();
        Map<Long, Long> counts = events.registrantCounts();
        List<EventSummary> upcoming = new ArrayList<>();
        List<EventSummary> past = new ArrayList<>();
        for (Event e : events.all()) {
            boolean isUpcoming = e.endInstant().isAfter(now);
            EventSummary summary = new EventSummary(e, e.effectiveStatus(now),
                    counts.getOrDefault(e.id(), 0L), isUpcoming);
            (isUpcoming ? upcoming : past).add(summary);
        }
        upcoming.sort(Comparator.comparing(s -> s.event().startInstant()));
        past.sort(Comparator.comparing((EventSummary s) -> s.event().startInstant()).reversed());
        upcoming.addAll(past);
        return upcoming;
    }

    /**
     * Stores a new event. A start that does not exist on the zone's clock that day (the
     * spring-forward gap) is refused rather than silently moved.
     */
    public Event add(Event event) {
        checkStartExists(event);
        return events.insert(event);
    }

    static void checkStartExists(Event event) {
        if (Schedule.resolve(event.start(), event.zone()).fit() == Schedule.Fit.IN_GAP) {
            throw new InvalidFieldException("start", event.start() + " does not exist in "
                    + event.zone().getId() + ": the clocks go forward at that time that day.");
        }
    }

    public Optional<Event> find(long id) {
        return events.find(id);
    }

    public Event get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("There is no event " + id + "."));
    }

    /** The event with names resolved, for the event page and {@code events show}. */
    public Optional<EventDetails> details(long id) {
        return events.find(id).map(this::details);
    }

    private EventDetails details(Event e) {
        Map<Long, Organisation> orgs = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        List<EventDetails.OrganiserLine> organisers = e.organisers().stream()
                .filter(o -> orgs.containsKey(o.organisationId()))
                .map(o -> new EventDetails.OrganiserLine(orgs.get(o.organisationId()), o.role()))
                .toList();
        List<EventDetails.SeatLine> seats = panel.forEvent(e.id()).stream()
                .flatMap(seat -> people.find(seat.personId()).stream()
                        .map(p -> new EventDetails.SeatLine(seat, p,
                                Optional.ofNullable(p.organisationId()).map(orgs::get))))
                .toList();
        List<Agenda.Timed> timed = Agenda.timed(e, agenda.forEvent(e.id()));
        return new EventDetails(e, e.effectiveStatus(clock.instant()),
                Optional.ofNullable(e.seriesId()).flatMap(series::find), organisers, seats, timed,
                events.registrantCounts().getOrDefault(e.id(), 0L));
    }
}
