package org.podium.ui.events;

import org.podium.domain.EventStatus;

/** One row of the event table, already formatted for the interface language. */
public record EventRow(long id, String title, String subtitle, String when, EventStatus status,
                       String statusText, long registrants, boolean upcoming, String seriesId) {
}
