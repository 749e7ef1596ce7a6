package org.podium.service.events;

import org.podium.service.common.NotFoundException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.podium.domain.Agenda;
import org.podium.domain.AgendaItem;
import org.podium.domain.Chasing;
import org.podium.domain.Clashes;
import org.podium.domain.Event;
import org.podium.domain.Stamp;
import org.podium.domain.Versioned;
import org.podium.service.common.EditConflictException;
import org.podium.domain.EventStatus;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.Links;
import org.podium.domain.Organisation;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.Schedule;
import org.podium.domain.SeatState;
import org.podium.domain.Series;
import org.podium.domain.Text;
import org.podium.store.Stores;

/** The use cases around events that the window and the command line share. */
public final class EventService {
    private final Stores stores;

    public EventService(Stores stores) {
        this.stores = stores;
    }

    /**
     * Upcoming events soonest first, then past events most recent first; never the trash. Each
     * carries what needs chasing on its panel, found from one read of every seat.
     */
    public List<EventSummary> list() {
        Instant now = stores.clock().instant();
        Map<Long, Long> counts = stores.events().registrantCounts();
        List<Event> all = stores.events().all();
        Map<Long, List<ChaseLine>> chasing = chasing(all, now);
        List<EventSummary> upcoming = new ArrayList<>();
        List<EventSummary> past = new ArrayList<>();
        for (Event e : all) {
            boolean isUpcoming = e.endInstant().isAfter(now);
            EventSummary summary = new EventSummary(e, e.effectiveStatus(now),
                    counts.getOrDefault(e.id(), 0L), isUpcoming, chasing.getOrDefault(e.id(), List.of()));
            (isUpcoming ? upcoming : past).add(summary);
        }
        upcoming.sort(Comparator.comparing(s -> s.event().startInstant()));
        past.sort(Comparator.comparing((EventSummary s) -> s.event().startInstant()).reversed());
        upcoming.addAll(past);
        return upcoming;
    }

    private Map<Long, List<ChaseLine>> chasing(List<Event> all, Instant now) {
        Map<Long, List<Chasing.Chase>> chases = Chasing.find(all, stores.panel().all(), now);
        if (chases.isEmpty()) {
            return Map.of();
        }
        Map<Long, Event> byId = all.stream().collect(Collectors.toMap(Event::id, Function.identity()));
        Map<Long, Person> persons = stores.people().all().stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        Map<Long, List<ChaseLine>> result = new HashMap<>();
        chases.forEach((eventId, list) -> result.put(eventId, ChaseLine.resolve(list, persons, byId)));
        return result;
    }

    /**
     * Stores a new event. A start that does not exist on the zone's clock that day (the
     * spring-forward gap) is refused rather than silently moved.
     */
    public Event add(Event event) {
        checkStartExists(event);
        checkLinks(event);
        return stores.events().insert(event);
    }

    /**
     * Saves a changed event and returns it as stored. The calendar UID stays the stored one
     * whatever the caller passes, and the calendar sequence rises when the time changes or the
     * event is cancelled (RFC 5546's significant changes), so calendars that imported the
     * event replace their entry instead of adding a second or missing the cancellation.
     */
    public Event update(Event event) {
        return update(event, null).value();
    }

    /**
     * Saves a changed event as {@link #update(Event)} does, only if the stored event is still
     * at {@code expectedVersion} (null: whatever it is); returns it as stored with its new
     * version. If someone else saved it since, raises {@link EditConflictException} with theirs.
     */
    public Versioned<Event> update(Event event, Long expectedVersion) {
        checkStartExists(event);
        checkLinks(event);
        return stores.events().inTransaction(() -> EditConflictException.guard(() -> {
            Event stored = get(event.id());
            boolean moved = !stored.start().equals(event.start()) || !stored.zone().equals(event.zone())
                    || stored.minutes() != event.minutes()
                    || event.status() == EventStatus.CANCELLED && stored.status() != EventStatus.CANCELLED;
            stores.events().update(event.toBuilder().uid(stored.uid())
                    .icsSequence(moved ? stored.icsSequence() + 1 : stored.icsSequence()).build(), expectedVersion);
            return findVersioned(event.id()).orElseThrow();
        }, () -> findVersioned(event.id())));
    }

    /**
     * Schedules the next event like this one at {@code newStart}: the same content, panel and
     * agenda, but a new calendar identity, and nothing that belonged to the one session (its
     * links, who confirmed, tech checks, consents). All of it is written or none.
     */
    public Event duplicate(long id, LocalDateTime newStart) {
        return stores.events().inTransaction(() -> {
            Event source = get(id);
            Event next = source.toBuilder().id(0).uid("").icsSequence(0).status(EventStatus.SCHEDULED)
                    .start(newStart).registrationUrl("").accessUrl("").recordingUrl("").reportUrl("")
                    .build();
            checkStartExists(next);
            Event added = stores.events().insert(next);
            for (PanelSeat seat : stores.panel().forEvent(id)) {
                stores.panel().insert(new PanelSeat(0, added.id(), seat.personId(), seat.role(), SeatState.INVITED,
                        seat.order(), false, false));
            }
            for (AgendaItem item : stores.agenda().forEvent(id)) {
                stores.agenda().insert(new AgendaItem(0, added.id(), item.position(), item.title(), item.minutes(),
                        item.speakerIds(), item.notes()));
            }
            return added;
        });
    }

    /** Moves the event to the trash, from where {@link #restore} brings it back; returns it. */
    public Event moveToTrash(long id) {
        return stores.events().inTransaction(() -> {
            Event event = get(id);
            stores.events().moveToTrash(id, stores.clock().instant());
            return event;
        });
    }

    /** Brings an event back from the trash, with its panel, agenda and registrants; returns it. */
    public Event restore(long id) {
        if (!stores.events().restoreFromTrash(id)) {
            throw new NotFoundException("There is no event " + id + " in the trash.");
        }
        return get(id);
    }

    /** The events in the trash, most recently trashed first. */
    public List<Event> trash() {
        return stores.events().trash();
    }

    static void checkStartExists(Event event) {
        if (Schedule.resolve(event.start(), event.zone()).fit() == Schedule.Fit.IN_GAP) {
            throw new InvalidFieldException("start", "invalid.gap", event.start().toString(),
                    event.zone().getId());
        }
    }

    // Links reach registrants through emails and calendars, where only a full address is a link.
    private static void checkLinks(Event e) {
        checkLink("registrationUrl", e.registrationUrl());
        checkLink("accessUrl", e.accessUrl());
        checkLink("recordingUrl", e.recordingUrl());
        checkLink("reportUrl", e.reportUrl());
    }

    private static void checkLink(String field, String value) {
        if (!Links.isWebAddress(value)) {
            throw new InvalidFieldException(field, "invalid.url", value);
        }
    }

    /**
     * What clashes with the draft as it stands in the form: live events at the same time, and
     * speakers seated (and not declined) on the draft's stored event who are seated on one of
     * those events too. A draft not yet stored has no panel, so only its time can clash.
     */
    public ClashReport clashes(Event draft) {
        List<Event> live = stores.events().all();
        List<Event> overlapping = Clashes.overlapping(draft, live);
        if (draft.id() == 0) {
            return new ClashReport(overlapping, List.of());
        }
        Set<Long> speakers = new LinkedHashSet<>();
        for (PanelSeat seat : stores.panel().forEvent(draft.id())) {
            if (seat.state() != SeatState.DECLINED) {
                speakers.add(seat.personId());
            }
        }
        if (speakers.isEmpty()) {
            return new ClashReport(overlapping, List.of());
        }
        Map<Long, List<Long>> seatedByEvent = new HashMap<>();
        for (PanelSeat seat : stores.panel().all()) {
            if (seat.state() != SeatState.DECLINED && speakers.contains(seat.personId())) {
                seatedByEvent.computeIfAbsent(seat.eventId(), k -> new ArrayList<>()).add(seat.personId());
            }
        }
        // Walking the events in start order keeps each speaker's clashes in start order.
        Map<Long, List<Event>> eventsByPerson = new HashMap<>();
        for (Event e : live) {
            for (long personId : seatedByEvent.getOrDefault(e.id(), List.of())) {
                eventsByPerson.computeIfAbsent(personId, k -> new ArrayList<>()).add(e);
            }
        }
        Map<Long, Optional<Person>> found = new HashMap<>();
        List<ClashReport.SpeakerClashLine> lines = new ArrayList<>();
        for (Clashes.SpeakerClash clash : Clashes.speakers(draft, speakers, eventsByPerson)) {
            found.computeIfAbsent(clash.personId(), stores.people()::find)
                    .ifPresent(p -> lines.add(new ClashReport.SpeakerClashLine(p, clash.other())));
        }
        return new ClashReport(overlapping, lines);
    }

    /** Every series, by name. */
    public List<Series> series() {
        return stores.series().all();
    }

    /** The series of that name, ignoring case, created if there is none yet. */
    public Series seriesNamed(String name) {
        String wanted = Text.required(name, "series");
        return stores.events().inTransaction(() -> stores.series().all().stream()
                .filter(s -> s.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseGet(() -> stores.series().insert(Series.named(wanted))));
    }

    /** The live event of that id, if any. */
    public Optional<Event> find(long id) {
        return stores.events().find(id);
    }

    /** The live event of that id with the version it is stored at, which a save can be made against. */
    public Optional<Versioned<Event>> findVersioned(long id) {
        return stores.events().findVersioned(id);
    }

    /** The live event of that id; a missing or trashed one is {@link NotFoundException}. */
    public Event get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("There is no event " + id + "."));
    }

    /** The event with names resolved, for the event page and {@code events show}; never the trash. */
    public Optional<EventDetails> details(long id) {
        return stores.events().findVersioned(id).map(v -> details(v.value(), v.stamp()));
    }

    private EventDetails details(Event e, Stamp stamp) {
        Map<Long, Organisation> orgs = stores.organisations().all().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        List<EventDetails.OrganiserLine> organisers = e.organisers().stream()
                .filter(o -> orgs.containsKey(o.organisationId()))
                .map(o -> new EventDetails.OrganiserLine(orgs.get(o.organisationId()), o.role()))
                .toList();
        List<EventDetails.SeatLine> seats = stores.panel().forEvent(e.id()).stream()
                .flatMap(seat -> stores.people().find(seat.personId()).stream()
                        .map(p -> new EventDetails.SeatLine(seat, p,
                                Optional.ofNullable(p.organisationId()).map(orgs::get))))
                .toList();
        List<Agenda.Timed> timed = Agenda.timed(e, stores.agenda().forEvent(e.id()));
        return new EventDetails(e, e.effectiveStatus(stores.clock().instant()),
                Optional.ofNullable(e.seriesId()).flatMap(stores.series()::find), organisers, seats, timed,
                stores.events().registrantCounts().getOrDefault(e.id(), 0L), stamp);
    }
}
