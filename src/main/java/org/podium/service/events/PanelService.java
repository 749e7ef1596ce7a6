package org.podium.service.events;

import org.podium.service.common.NotFoundException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.podium.domain.Agenda;
import org.podium.domain.AgendaItem;
import org.podium.domain.Chasing;
import org.podium.domain.Event;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.Organisation;
import org.podium.domain.PanelSeat;
import org.podium.domain.Phrase;
import org.podium.domain.Versioned;
import org.podium.service.common.EditConflictException;
import org.podium.domain.Person;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;
import org.podium.store.Stores;

/**
 * An event's panel and run-of-show, as the Panel & agenda tab and the {@code panel} and
 * {@code agenda} commands change them: seats, their order and answers, agenda items and what
 * still needs chasing. Every change checks the event and people exist first, so a bad request
 * changes nothing.
 */
public final class PanelService {
    private final Stores stores;

    public PanelService(Stores stores) {
        this.stores = stores;
    }

    /** The live event of that id; a missing or trashed one is {@link NotFoundException}. */
    public Event event(long eventId) {
        return stores.events().find(eventId)
                .orElseThrow(() -> new NotFoundException("There is no event " + eventId + "."));
    }

    private Person person(long personId) {
        return stores.people().find(personId)
                .orElseThrow(() -> new NotFoundException("There is no person " + personId + "."));
    }

    /** The event's seats in order, with the people in them and their organisations. */
    public List<EventDetails.SeatLine> seats(long eventId) {
        event(eventId);
        Map<Long, Organisation> orgs = stores.organisations().all().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        List<EventDetails.SeatLine> lines = new ArrayList<>();
        for (PanelSeat seat : stores.panel().forEvent(eventId)) {
            stores.people().find(seat.personId()).ifPresent(p -> lines.add(new EventDetails.SeatLine(seat, p,
                    Optional.ofNullable(p.organisationId()).map(orgs::get))));
        }
        return lines;
    }

    /**
     * Seats a person at the end of the event's panel. A person already seated on the event is
     * refused, naming them and their seat.
     */
    public PanelSeat seat(long eventId, long personId, SeatRole role, SeatState state) {
        return stores.events().inTransaction(() -> {
            Event event = event(eventId);
            Person person = person(personId);
            stores.panel().find(eventId, personId).ifPresent(existing -> {
                throw new InvalidFieldException("person", "invalid.seated", person.fullName(), personId,
                        event.title(), Phrase.of("invalid.role." + existing.role().name()));
            });
            return stores.panel().insert(new PanelSeat(0, eventId, personId, role, state,
                    stores.panel().nextPosition(eventId), false, false));
        });
    }

    /** Saves a seat's role, answer, checks and order; returns it as stored. */
    public PanelSeat updateSeat(PanelSeat seat) {
        return updateSeat(seat, null).value();
    }

    /**
     * Saves a seat as {@link #updateSeat(PanelSeat)} does, only if it is still stored at
     * {@code expectedVersion} (null: whatever it is); returns it with its new version, or
     * raises {@link EditConflictException} with what someone else saved since.
     */
    public Versioned<PanelSeat> updateSeat(PanelSeat seat, Long expectedVersion) {
        return stores.events().inTransaction(() -> EditConflictException.guard(() -> {
            stores.panel().find(seat.id())
                    .orElseThrow(() -> new NotFoundException("There is no seat " + seat.id() + "."));
            stores.panel().update(seat, expectedVersion);
            return stores.panel().findVersioned(seat.id()).orElseThrow();
        }, () -> stores.panel().findVersioned(seat.id())));
    }

    /** What a seat's one-thing-at-a-time changes can touch: role, answer, order, tech check, recording consent. */
    private static final List<Function<PanelSeat, Object>> SEAT_FIELDS = List.of(PanelSeat::role, PanelSeat::state,
            PanelSeat::order, PanelSeat::techCheckDone, PanelSeat::consentToRecording);

    /**
     * Makes one change to a seat as the coordinator saw it ({@code shown}), such as its answer:
     * the change is made on the seat as stored now, so what someone else changed meanwhile in its
     * other fields stays. If they changed the same field to something else, raises
     * {@link EditConflictException} with the seat as stored and nothing is saved.
     */
    public Versioned<PanelSeat> changeSeat(PanelSeat shown, UnaryOperator<PanelSeat> change) {
        return stores.events().inTransaction(() -> {
            Versioned<PanelSeat> stored = stores.panel().findVersioned(shown.id())
                    .orElseThrow(() -> new NotFoundException("There is no seat " + shown.id() + "."));
            PanelSeat mine = change.apply(shown);
            if (mine.equals(shown)) {
                return stored; // nothing changed as the coordinator saw it: theirs stays as it is
            }
            for (Function<PanelSeat, Object> field : SEAT_FIELDS) {
                Object was = field.apply(shown);
                Object wanted = field.apply(mine);
                Object now = field.apply(stored.value());
                if (!wanted.equals(was) && !now.equals(was) && !now.equals(wanted)) {
                    throw new EditConflictException("The seat was changed by " + stored.stamp().changedBy()
                            + " since it was shown.", stored);
                }
            }
            return updateSeat(change.apply(stored.value()), stored.stamp().version());
        });
    }

    /** The seat of that id with the version it is stored at. */
    public Optional<Versioned<PanelSeat>> findSeatVersioned(long seatId) {
        return stores.panel().findVersioned(seatId);
    }

    /** Removes a seat and returns it, so {@link #reseat} can put it back. */
    public PanelSeat unseat(long seatId) {
        return stores.events().inTransaction(() -> {
            PanelSeat seat = stores.panel().find(seatId)
                    .orElseThrow(() -> new NotFoundException("There is no seat " + seatId + "."));
            stores.panel().delete(seatId);
            return seat;
        });
    }

    /** Puts a removed seat back where it was, with its answer and checks. */
    public PanelSeat reseat(PanelSeat removed) {
        return stores.events().inTransaction(() -> {
            event(removed.eventId());
            person(removed.personId());
            return stores.panel().insert(removed.withId(0));
        });
    }

    /** Puts the event's seats in the given order. */
    public void reorderSeats(long eventId, List<Long> seatIds) {
        stores.events().inTransaction(() -> {
            event(eventId);
            stores.panel().reorder(eventId, seatIds);
            return null;
        });
    }

    /** The event's run-of-show, timed from its start and measured against its slot. */
    public Agenda.Plan agenda(long eventId) {
        return Agenda.plan(event(eventId), stores.agenda().forEvent(eventId));
    }

    /**
     * Adds an item at the end of the run-of-show. A blank title, a length under one minute or
     * an unknown speaker is refused and nothing is written.
     */
    public AgendaItem addItem(long eventId, String title, int minutes, List<Long> speakerIds, String notes) {
        return stores.events().inTransaction(() -> {
            event(eventId);
            List<Long> speakers = speakers(speakerIds);
            return stores.agenda().insert(new AgendaItem(0, eventId, stores.agenda().nextPosition(eventId), title,
                    minutes, speakers, notes));
        });
    }

    /** Saves a changed item (its title, minutes, speakers and notes); returns it as stored. */
    public AgendaItem updateItem(AgendaItem item) {
        return stores.events().inTransaction(() -> {
            AgendaItem stored = stores.agenda().find(item.id())
                    .orElseThrow(() -> new NotFoundException("There is no agenda item " + item.id() + "."));
            AgendaItem changed = new AgendaItem(item.id(), stored.eventId(), stored.position(), item.title(),
                    item.minutes(), speakers(item.speakerIds()), item.notes());
            stores.agenda().update(changed);
            return stores.agenda().find(item.id()).orElseThrow();
        });
    }

    private List<Long> speakers(List<Long> ids) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        distinct.forEach(this::person);
        return distinct;
    }

    /** Removes an item and returns it, so {@link #restoreItem} can put it back. */
    public AgendaItem removeItem(long itemId) {
        return stores.events().inTransaction(() -> {
            AgendaItem item = stores.agenda().find(itemId)
                    .orElseThrow(() -> new NotFoundException("There is no agenda item " + itemId + "."));
            stores.agenda().delete(itemId);
            return item;
        });
    }

    /** Puts a removed item back in its place. */
    public AgendaItem restoreItem(AgendaItem removed) {
        return stores.events().inTransaction(() -> {
            event(removed.eventId());
            return stores.agenda().insert(removed.withId(0));
        });
    }

    /** Puts the event's items in the given order. */
    public void reorderAgenda(long eventId, List<Long> itemIds) {
        stores.events().inTransaction(() -> {
            event(eventId);
            stores.agenda().reorder(eventId, itemIds);
            return null;
        });
    }

    /** What still needs chasing on the event: unanswered seats in its last week, double bookings. */
    public List<ChaseLine> chasing(long eventId) {
        event(eventId);
        List<Event> live = stores.events().all();
        List<Chasing.Chase> chases = Chasing.find(live, stores.panel().all(), stores.clock().instant())
                .getOrDefault(eventId, List.of());
        if (chases.isEmpty()) {
            return List.of();
        }
        Map<Long, Event> byId = new HashMap<>();
        live.forEach(e -> byId.put(e.id(), e));
        Map<Long, Person> persons = stores.people().all().stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        return ChaseLine.resolve(chases, persons, byId);
    }
}
