package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private static Event eventAt(LocalDateTime start) {
        return Event.builder("Run of show", start, ROME, 120).build();
    }

    private static AgendaItem item(int position, String title, int minutes) {
        return new AgendaItem(0, 1, position, title, minutes, List.of(), "");
    }

    @Test
    void minutesAreElapsedTimeAcrossTheAutumnClockChange() {
        Event event = eventAt(LocalDateTime.of(2026, 10, 25, 1, 30));
        List<AgendaItem> items = List.of(item(0, "Opening", 60), item(1, "Panel", 60), item(2, "Q&A", 30));

        List<Agenda.Timed> timed = Agenda.timed(event, items);

        assertThat(timed).extracting(Agenda.Timed::item).containsExactlyElementsOf(items);
        Agenda.Timed opening = timed.get(0);
        assertThat(opening.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 25, 1, 30));
        assertThat(opening.start().toInstant()).isEqualTo(Instant.parse("2026-10-24T23:30:00Z"));
        assertThat(opening.end().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 25, 2, 30));
        assertThat(opening.end().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(opening.end().toInstant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));

        // The clocks go back at 03:00 CEST: an hour later the wall clock reads 02:30 again.
        Agenda.Timed panel = timed.get(1);
        assertThat(panel.start()).isEqualTo(opening.end());
        assertThat(panel.end().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 25, 2, 30));
        assertThat(panel.end().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(panel.end().toInstant()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));

        Agenda.Timed qa = timed.get(2);
        assertThat(qa.start()).isEqualTo(panel.end());
        assertThat(qa.end().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 25, 3, 0));
        assertThat(qa.end().toInstant()).isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
    }

    @Test
    void anItemAcrossTheSpringClockChangeEndsAnHourLaterOnTheWallClock() {
        Event event = eventAt(LocalDateTime.of(2026, 3, 29, 1, 30));

        List<Agenda.Timed> timed = Agenda.timed(event, List.of(item(0, "Keynote", 60)));

        assertThat(timed.get(0).end().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 29, 3, 30));
        assertThat(timed.get(0).end().toInstant()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void itemsRunPastMidnightIntoTheNextDay() {
        Event event = eventAt(LocalDateTime.of(2026, 11, 23, 23, 30));
        List<AgendaItem> items = List.of(item(0, "Welcome", 20), item(1, "Talk", 25), item(2, "Q&A", 30));

        List<Agenda.Timed> timed = Agenda.timed(event, items);

        assertThat(timed).extracting(t -> t.start().toLocalDateTime()).containsExactly(
                LocalDateTime.of(2026, 11, 23, 23, 30),
                LocalDateTime.of(2026, 11, 23, 23, 50),
                LocalDateTime.of(2026, 11, 24, 0, 15));
        assertThat(timed).extracting(t -> t.end().toLocalDateTime()).containsExactly(
                LocalDateTime.of(2026, 11, 23, 23, 50),
                LocalDateTime.of(2026, 11, 24, 0, 15),
                LocalDateTime.of(2026, 11, 24, 0, 45));
    }

    @Test
    void theFirstItemStartsWithTheEventInItsOwnZone() {
        Event event = Event.builder("Tokyo briefing", LocalDateTime.of(2026, 6, 1, 9, 0),
                ZoneId.of("Asia/Tokyo"), 30).build();

        List<Agenda.Timed> timed = Agenda.timed(event, List.of(item(0, "Briefing", 30)));

        assertThat(timed.get(0).start()).isEqualTo(event.startInZone());
        assertThat(timed.get(0).start().getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(timed.get(0).end()).isEqualTo(event.endInZone());
    }

    @Test
    void anEmptyAgendaHasNoTimesAndNoMinutes() {
        assertThat(Agenda.timed(eventAt(LocalDateTime.of(2026, 5, 1, 10, 0)), List.of())).isEmpty();
        assertThat(Agenda.totalMinutes(List.of())).isZero();
    }

    @Test
    void totalMinutesAddsTheItems() {
        assertThat(Agenda.totalMinutes(List.of(item(0, "A", 10), item(1, "B", 15), item(2, "C", 35))))
                .isEqualTo(60);
    }

    @Test
    void theSecondSampleWebinarFillsItsSlotExactly() {
        Event event = Event.builder("Social Innovation", LocalDateTime.of(2020, 9, 24, 10, 0), ROME, 75).build();
        List<AgendaItem> items = List.of(item(0, "Welcome and keynote", 15), item(1, "Study", 15),
                item(2, "Panel discussion", 30), item(3, "Questions and answers", 15));

        Agenda.Plan plan = Agenda.plan(event, items);

        assertThat(plan.fit()).isEqualTo(Agenda.Fit.ON_TIME);
        assertThat(plan.balance()).isZero();
        assertThat(plan.end()).isEqualTo(event.endInZone());
        assertThat(plan.items()).extracting(t -> t.start().toLocalTime().toString())
                .containsExactly("10:00", "10:15", "10:30", "11:00");
    }

    @Test
    void anAgendaLongerThanTheSlotOverrunsByTheDifference() {
        Event event = Event.builder("Webinar", LocalDateTime.of(2020, 9, 24, 10, 0), ROME, 75).build();

        Agenda.Plan plan = Agenda.plan(event, List.of(item(0, "Keynote", 45), item(1, "Panel", 40)));

        assertThat(plan.fit()).isEqualTo(Agenda.Fit.OVERRUN);
        assertThat(plan.balance()).isEqualTo(10);
        assertThat(plan.end().toLocalTime()).hasToString("11:25");
    }

    @Test
    void anAgendaShorterThanTheSlotLeavesTimeUnplanned() {
        Event event = Event.builder("Webinar", LocalDateTime.of(2020, 9, 24, 10, 0), ROME, 75).build();

        Agenda.Plan plan = Agenda.plan(event, List.of(item(0, "Keynote", 20), item(1, "Panel", 35)));

        assertThat(plan.fit()).isEqualTo(Agenda.Fit.UNDERRUN);
        assertThat(plan.balance()).isEqualTo(-20);
        assertThat(plan.totalMinutes()).isEqualTo(55);
        assertThat(plan.slotMinutes()).isEqualTo(75);
    }

    @Test
    void anEmptyAgendaIsNeitherOverNorUnder() {
        Agenda.Plan plan = Agenda.plan(eventAt(LocalDateTime.of(2026, 5, 1, 10, 0)), List.of());

        assertThat(plan.fit()).isEqualTo(Agenda.Fit.EMPTY);
        assertThat(plan.end()).isEqualTo(plan.event().startInZone());
    }

    @Test
    void anAgendaFillingASlotAcrossTheAutumnChangeIsOnTime() {
        // 01:30 CEST + 120 elapsed minutes is 02:30 CET: the wall clock moved only one hour.
        Event event = eventAt(LocalDateTime.of(2026, 10, 25, 1, 30));

        Agenda.Plan plan = Agenda.plan(event, List.of(item(0, "Opening", 60), item(1, "Panel", 60)));

        assertThat(plan.fit()).isEqualTo(Agenda.Fit.ON_TIME);
        assertThat(plan.end().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 25, 2, 30));
        assertThat(plan.end()).isEqualTo(event.endInZone());
    }
}
