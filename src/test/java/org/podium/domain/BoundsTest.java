package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates from 1900 to 2200 and lengths up to a week, whatever makes the record. */
class BoundsTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private static Event event(LocalDateTime start, int minutes) {
        return Event.builder("Webinar", start, ROME, minutes).build();
    }

    @Test
    void anEventStartsBetween1900And2200() {
        assertThat(event(LocalDateTime.of(1900, 1, 1, 0, 0), 60).start().getYear()).isEqualTo(1900);
        assertThat(event(LocalDateTime.of(2200, 12, 31, 10, 0), 60).start().getYear()).isEqualTo(2200);
        for (LocalDateTime absurd : List.of(LocalDateTime.of(1899, 12, 31, 23, 0), LocalDateTime.of(2201, 1, 1, 0, 0),
                LocalDateTime.of(999_999_999, 1, 1, 10, 0), LocalDateTime.of(-999_999_999, 1, 1, 10, 0))) {
            assertThatThrownBy(() -> event(absurd, 60)).isInstanceOf(InvalidFieldException.class)
                    .hasMessageContaining("between the years 1900 and 2200")
                    .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("start"));
        }
    }

    @Test
    void anEventAndAnAgendaItemLastAtMostAWeek() {
        LocalDateTime start = LocalDateTime.of(2026, 5, 28, 10, 0);
        assertThat(event(start, 10_080).minutes()).isEqualTo(10_080);
        assertThatThrownBy(() -> event(start, 10_081)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("from 1 to 10080 minutes (a week)");
        assertThatThrownBy(() -> event(start, Integer.MAX_VALUE)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> new AgendaItem(0, 0, 0, "Talk", Integer.MAX_VALUE, List.of(), ""))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("a week");
    }

    @Test
    void aTypedLengthIsAWholeNumberOfMinutesUpToAWeek() {
        assertThat(Bounds.minutes(" 90 ")).contains(90);
        assertThat(Bounds.minutes("10080")).contains(Bounds.MAX_MINUTES);
        assertThat(Bounds.minutes("10081")).isEmpty();
        assertThat(Bounds.minutes("0")).isEmpty();
        assertThat(Bounds.minutes("-5")).isEmpty();
        assertThat(Bounds.minutes("1.5")).isEmpty();
        assertThat(Bounds.minutes("99999999999")).isEmpty();
        assertThat(Bounds.minutes("")).isEmpty();
        assertThat(Bounds.minutes(null)).isEmpty();
    }

    @Test
    void anAgendaTotalNeverOverflows() {
        AgendaItem week = new AgendaItem(0, 0, 0, "Talk", Bounds.MAX_MINUTES, List.of(), "");
        List<AgendaItem> many = Collections.nCopies(Integer.MAX_VALUE / Bounds.MAX_MINUTES + 2, week);
        assertThat(Agenda.totalMinutes(many)).isEqualTo(Integer.MAX_VALUE);
    }
}
