package org.podium.ui.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.podium.domain.EventKind;
import org.podium.domain.EventStatus;
import org.podium.ui.common.EventRow;

import static org.assertj.core.api.Assertions.assertThat;

class MonthViewModelTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    private static EventRow row(long id, String title, String day, String time) {
        return new EventRow(id, title, "", "", EventStatus.SCHEDULED, "Scheduled", 0, true, null, EventKind.WEBINAR,
                LocalDate.parse(day), time);
    }

    @Test
    void sixWeeksFromMondayWithEventsOnTheirDaysInTimeOrder() {
        ObservableList<EventRow> rows = FXCollections.observableArrayList(
                row(1, "Afternoon", "2026-11-26", "15:00"), row(2, "Morning", "2026-11-26", "09:30"),
                row(3, "Next month", "2026-12-03", "10:00"));
        MonthViewModel month = new MonthViewModel(rows, NOW);
        assertThat(month.monthProperty().get()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(month.days()).hasSize(42);
        assertThat(month.days().get(0).date()).isEqualTo(LocalDate.of(2026, 10, 26)).matches(d -> d.getDayOfWeek().getValue() == 1);
        MonthViewModel.Day thursday = month.days().stream().filter(d -> d.date().equals(LocalDate.of(2026, 11, 26)))
                .findFirst().orElseThrow();
        assertThat(thursday.events()).extracting(EventRow::title).containsExactly("Morning", "Afternoon");
        assertThat(month.days().stream().filter(MonthViewModel.Day::today).map(MonthViewModel.Day::date))
                .containsExactly(LocalDate.of(2026, 11, 23));
        MonthViewModel.Day december3 = month.days().stream().filter(d -> d.date().equals(LocalDate.of(2026, 12, 3)))
                .findFirst().orElseThrow();
        assertThat(december3.inMonth()).isFalse();
        assertThat(december3.events()).extracting(EventRow::title).containsExactly("Next month");
    }

    @Test
    void movingBetweenMonthsAndFollowingTheListsChanges() {
        ObservableList<EventRow> rows = FXCollections.observableArrayList();
        MonthViewModel month = new MonthViewModel(rows, NOW);
        month.next();
        assertThat(month.monthProperty().get()).isEqualTo(YearMonth.of(2026, 12));
        rows.add(row(7, "Added later", "2026-12-10", "10:00"));
        assertThat(month.days().stream().flatMap(d -> d.events().stream())).extracting(EventRow::title)
                .containsExactly("Added later");
        month.show(LocalDate.of(2020, 5, 28));
        assertThat(month.monthProperty().get()).isEqualTo(YearMonth.of(2020, 5));
        month.today();
        assertThat(month.monthProperty().get()).isEqualTo(YearMonth.of(2026, 11));
        month.previous();
        assertThat(month.monthProperty().get()).isEqualTo(YearMonth.of(2026, 10));
    }
}
