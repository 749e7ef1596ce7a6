package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChasingTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** Monday 23 November 2026, 13:00 in Rome. */
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private static Event event(long id, String start, int minutes) {
        return Event.builder("Event " + id, LocalDateTime.parse(start), ROME, minutes).id(id).build();
    }

    private static PanelSeat seat(long id, long eventId, long personId, SeatState state, int order) {
        return new PanelSeat(id, eventId, personId, SeatRole.PANELLIST, state, order, false, false);
    }

    @Test
    void anInvitedSeatIsChasedOnlyInTheLastWeekBeforeTheEvent() {
        Event soon = event(1, "2026-11-30T10:00", 60);      // 6 days 21 hours away
        Event later = event(2, "2026-12-01T10:00", 60);     // more than 7 days away
        List<PanelSeat> seats = List.of(seat(1, 1, 10, SeatState.INVITED, 0), seat(2, 2, 11, SeatState.INVITED, 0),
                seat(3, 1, 12, SeatState.CONFIRMED, 1), seat(4, 1, 13, SeatState.DECLINED, 2));

        Map<Long, List<Chasing.Chase>> found = Chasing.find(List.of(soon, later), seats, NOW);

        assertThat(found).containsOnlyKeys(1L);
        assertThat(found.get(1L)).containsExactly(new Chasing.Chase(1, 10, Chasing.Reason.UNANSWERED, 0));
    }

    @Test
    void anEventUnderWayStillNeedsItsAnswerButOneThatEndedDoesNot() {
        Event underWay = event(1, "2026-11-23T12:30", 60);
        Event ended = event(2, "2026-11-23T10:00", 60);
        List<PanelSeat> seats = List.of(seat(1, 1, 10, SeatState.INVITED, 0), seat(2, 2, 10, SeatState.INVITED, 0));

        assertThat(Chasing.find(List.of(underWay, ended), seats, NOW)).containsOnlyKeys(1L);
    }

    @Test
    void aPersonOnTwoOverlappingEventsIsChasedOnBoth() {
        Event morning = event(1, "2026-12-10T10:00", 90);
        Event overlapping = event(2, "2026-12-10T11:00", 60);
        Event backToBack = event(3, "2026-12-10T11:30", 30);
        List<PanelSeat> seats = List.of(seat(1, 1, 10, SeatState.CONFIRMED, 0),
                seat(2, 2, 10, SeatState.CONFIRMED, 0), seat(3, 3, 11, SeatState.CONFIRMED, 0),
                seat(4, 1, 11, SeatState.CONFIRMED, 1));

        Map<Long, List<Chasing.Chase>> found = Chasing.find(List.of(morning, overlapping, backToBack), seats, NOW);

        assertThat(found.get(1L)).containsExactly(new Chasing.Chase(1, 10, Chasing.Reason.DOUBLE_BOOKED, 2));
        assertThat(found.get(2L)).containsExactly(new Chasing.Chase(2, 10, Chasing.Reason.DOUBLE_BOOKED, 1));
        assertThat(found).as("11:30 starts as the morning event ends").doesNotContainKey(3L);
    }

    @Test
    void declinedSeatsAndCancelledEventsDoNotClash() {
        Event one = event(1, "2026-12-10T10:00", 60);
        Event cancelled = event(2, "2026-12-10T10:00", 60).toBuilder().status(EventStatus.CANCELLED).build();
        Event declined = event(3, "2026-12-10T10:30", 60);
        List<PanelSeat> seats = List.of(seat(1, 1, 10, SeatState.CONFIRMED, 0),
                seat(2, 2, 10, SeatState.INVITED, 0), seat(3, 3, 10, SeatState.DECLINED, 0));

        assertThat(Chasing.find(List.of(one, cancelled, declined), seats, NOW)).isEmpty();
    }

    @Test
    void chasesFollowTheOrderOfTheSeats() {
        Event soon = event(1, "2026-11-25T10:00", 60);
        List<PanelSeat> seats = List.of(seat(1, 1, 12, SeatState.INVITED, 2), seat(2, 1, 10, SeatState.INVITED, 0),
                seat(3, 1, 11, SeatState.INVITED, 1));

        assertThat(Chasing.find(List.of(soon), seats, NOW).get(1L)).extracting(Chasing.Chase::personId)
                .containsExactly(10L, 11L, 12L);
    }

    @Test
    void seatsOfEventsNotGivenAreIgnored() {
        assertThat(Chasing.find(List.of(), List.of(seat(1, 1, 10, SeatState.INVITED, 0)), NOW)).isEmpty();
    }
}
