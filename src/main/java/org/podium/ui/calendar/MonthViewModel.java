package org.podium.ui.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.podium.ui.common.EventRow;

/**
 * A month of the calendar: six weeks from Monday, each day with the events that start on it
 * (on the event's own date, as its invitation says).
 */
public final class MonthViewModel {
    /** One square of the month grid. */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<EventRow> events) {
    }

    private final Clock clock;
    private final ObservableList<EventRow> rows;
    private final ObjectProperty<YearMonth> month;
    private final ObservableList<Day> days = FXCollections.observableArrayList();

    public MonthViewModel(ObservableList<EventRow> rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
        this.month = new SimpleObjectProperty<>(YearMonth.now(clock));
        month.addListener((obs, old, now) -> rebuild());
        rows.addListener((ListChangeListener<EventRow>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        LocalDate first = month.get().atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate today = LocalDate.now(clock);
        List<Day> result = new ArrayList<>(42);
        for (int i = 0; i < 42; i++) {
            LocalDate date = first.plusDays(i);
            List<EventRow> on = rows.stream().filter(r -> r.day().equals(date))
                    .sorted(Comparator.comparing(EventRow::time)).toList();
            result.add(new Day(date, YearMonth.from(date).equals(month.get()), date.equals(today), on));
        }
        days.setAll(result);
    }

    public void previous() {
        month.set(month.get().minusMonths(1));
    }

    public void next() {
        month.set(month.get().plusMonths(1));
    }

    public void today() {
        month.set(YearMonth.now(clock));
    }

    /** Shows the month of the given date, as when the selection moves to an event. */
    public void show(LocalDate date) {
        month.set(YearMonth.from(date));
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<Day> days() {
        return days;
    }
}
