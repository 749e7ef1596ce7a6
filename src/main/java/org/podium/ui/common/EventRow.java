package org.podium.ui.common;

import java.time.LocalDate;
import org.podium.domain.EventKind;
import org.podium.domain.EventStatus;

/**
 * One event as the list and the calendar show it, already formatted for the interface
 * language; {@code day} and {@code time} are the start in the event's own zone, and
 * {@code chasing} says what needs chasing on its panel (empty when nothing does).
 */
public record EventRow(long id, String title, String subtitle, String when, EventStatus status,
                       String statusText, long registrants, boolean upcoming, Long seriesId, EventKind kind,
                       LocalDate day, String time, String chasing) {

    public EventRow(long id, String title, String subtitle, String when, EventStatus status, String statusText,
                    long registrants, boolean upcoming, Long seriesId, EventKind kind, LocalDate day, String time) {
        this(id, title, subtitle, when, status, statusText, registrants, upcoming, seriesId, kind, day, time, "");
    }
}
