package org.podium.domain;

import java.util.List;

/** One line of an event's run-of-show; its start is computed from the items before it. */
public record AgendaItem(long id, long eventId, int position, String title, int minutes,
                         List<Long> speakerIds, String notes) {
    public AgendaItem {
        title = Text.required(title, "title");
        Bounds.checkMinutes("minutes", minutes);
        speakerIds = speakerIds == null ? List.of() : List.copyOf(speakerIds);
        notes = Text.clean(notes);
    }

    public AgendaItem withId(long newId) {
        return new AgendaItem(newId, eventId, position, title, minutes, speakerIds, notes);
    }
}
