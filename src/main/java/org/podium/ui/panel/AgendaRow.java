package org.podium.ui.panel;

import org.podium.domain.AgendaItem;

/**
 * One run-of-show item as the agenda list shows it: its computed start ("10:15", "00:15 +1"),
 * its minutes, and its speakers' names.
 */
public record AgendaRow(AgendaItem item, String start, String end, String minutes, String speakers) {
    public long id() {
        return item.id();
    }

    public String title() {
        return item.title();
    }
}
