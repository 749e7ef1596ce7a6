package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void aTimeInTheSpringForwardGapIsReportedAndMovedForwardByTheGap() {
        Schedule.Resolved resolved = Schedule.resolve(LocalDateTime.of(2026, 3, 29, 2, 30), ROME);

        assertThat(resolved.fit()).isEqualTo(Schedule.Fit.IN_GAP);
        assertThat(resolved.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 29, 3, 30));
        assertThat(resolved.start().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void aTimeThatHappensTwiceInAutumnTakesTheEarlierOffset() {
        Schedule.Resolved resolved = Schedule.resolve(LocalDateTime.of(2026, 10, 25, 2, 30), ROME);

        assertThat(resolved.fit()).isEqualTo(Schedule.Fit.AMBIGUOUS);
        assertThat(resolved.start().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(resolved.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 25, 2, 30));
        assertThat(resolved.start().toInstant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void anAmbiguousTimeElsewhereAlsoTakesTheEarlierOffset() {
        Schedule.Resolved resolved = Schedule.resolve(LocalDateTime.of(2026, 11, 1, 1, 30),
                ZoneId.of("America/New_York"));

        assertThat(resolved.fit()).isEqualTo(Schedule.Fit.AMBIGUOUS);
        assertThat(resolved.start().getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
    }

    @Test
    void anOrdinaryTimeFitsExactlyWithTheSeasonsOffset() {
        Schedule.Resolved summer = Schedule.resolve(LocalDateTime.of(2020, 5, 28, 10, 0), ROME);
        Schedule.Resolved winter = Schedule.resolve(LocalDateTime.of(2026, 1, 15, 10, 0), ROME);

        assertThat(summer.fit()).isEqualTo(Schedule.Fit.EXACT);
        assertThat(summer.start().toInstant()).isEqualTo(Instant.parse("2020-05-28T08:00:00Z"));
        assertThat(winter.fit()).isEqualTo(Schedule.Fit.EXACT);
        assertThat(winter.start().toInstant()).isEqualTo(Instant.parse("2026-01-15T09:00:00Z"));
    }

    @Test
    void theMinutesJustOutsideTheTransitionsAreExact() {
        assertThat(Schedule.resolve(LocalDateTime.of(2026, 3, 29, 1, 59), ROME).fit())
                .isEqualTo(Schedule.Fit.EXACT);
        assertThat(Schedule.resolve(LocalDateTime.of(2026, 3, 29, 3, 0), ROME).fit())
                .isEqualTo(Schedule.Fit.EXACT);
        assertThat(Schedule.resolve(LocalDateTime.of(2026, 10, 25, 1, 59), ROME).fit())
                .isEqualTo(Schedule.Fit.EXACT);
        assertThat(Schedule.resolve(LocalDateTime.of(2026, 10, 25, 3, 0), ROME).fit())
                .isEqualTo(Schedule.Fit.EXACT);
    }
}
