package org.podium.service;

import org.podium.domain.Event;
import org.podium.domain.EventStatus;

/** One line of the event list: the event, the status to show now, and its registrant count. */
public record EventSummary(Event event, EventStatus shownStatus, long registrants, boolean upcoming) {
}
