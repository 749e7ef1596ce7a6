package org.podium.service.documents;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.podium.domain.Agenda;
import org.podium.domain.Event;
import org.podium.domain.Person;
import org.podium.service.documents.CueSheet;
import org.podium.service.documents.CueSheet.Line;
import org.podium.service.documents.CueSheet.Style;
import org.podium.service.documents.CueSheetService;
import org.podium.service.events.EventDetails;
import org.podium.service.common.Formats;
import org.podium.service.common.NotFoundException;
import org.podium.service.common.Wording;

/**
 * A speaker's briefing: one page with their slot in the run-of-show, the access link, the
 * technical check, the other speakers and the recording consent they gave; as PDF through the
 * cue sheet's writer, and as text.
 */
public final class BriefingService {
    /** How long before the start speakers are asked to join for the technical check. */
    static final int TECH_CHECK_MINUTES = 30;

    private final DocumentSources sources;
    private final CueSheetService sheets;

    public BriefingService(DocumentSources sources, CueSheetService sheets) {
        this.sources = sources;
        this.sheets = sheets;
    }

    /**
     * The briefing of a person seated on an event, in the given words.
     *
     * @throws NotFoundException for an unknown event, or a person not seated on it, naming them
     */
    public CueSheet briefing(long eventId, long personId, Wording words) {
        EventDetails d = sources.events().details(eventId)
                .orElseThrow(() -> new NotFoundException("There is no event " + eventId + "."));
        EventDetails.SeatLine mine = d.seats().stream().filter(s -> s.person().id() == personId).findFirst()
                .orElseThrow(() -> new NotFoundException("Person " + personId + " is not seated on the panel of event "
                        + eventId + " (“" + d.event().title() + "”)."));
        Event e = d.event();
        Person me = mine.person();
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(Style.TITLE, words.get("briefing.title", me.fullName())));
        lines.add(Line.of(Style.SUBTITLE, e.title()));
        fact(lines, words.get("cuesheet.when"), words.get("cuesheet.when.value",
                DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", words.locale()).format(e.startInZone()),
                CueSheetService.span(e, words.locale()), e.zone().getId(), e.minutes()));
        fact(lines, words.get("briefing.role"), words.get("enum.SeatRole." + mine.seat().role().name()) + " ("
                + words.get("enum.SeatState." + mine.seat().state().name()) + ")");
        fact(lines, words.get("cuesheet.platform"), e.platform());
        fact(lines, words.get("cuesheet.accessUrl"),
                e.accessUrl().isEmpty() ? words.get("briefing.accessUrl.none") : e.accessUrl());
        ZonedDateTime check = e.startInZone().minusMinutes(TECH_CHECK_MINUTES);
        fact(lines, words.get("briefing.techCheck"), mine.seat().techCheckDone() ? words.get("briefing.techCheck.done")
                : words.get("briefing.techCheck.at", Formats.startWithZone(check, words.locale()), TECH_CHECK_MINUTES));
        fact(lines, words.get("briefing.recording"), recording(e, mine, words));
        slots(lines, d, personId, words);
        others(lines, d, personId, words);
        return new CueSheet(words.get("briefing.title", me.fullName()) + " – " + e.title(), lines);
    }

    /** Saves the briefing as a PDF, written whole or not at all, with the characters no font could draw. */
    public CueSheetService.Rendered<Path> savePdf(long eventId, long personId, Wording words, Path file) {
        return sheets.savePdf(briefing(eventId, personId, words), file);
    }

    private static String recording(Event e, EventDetails.SeatLine mine, Wording words) {
        if (!e.recorded()) {
            return words.get("briefing.recording.notRecorded");
        }
        return words.get(mine.seat().consentToRecording() ? "briefing.recording.consent" : "briefing.recording.noConsent");
    }

    private void slots(List<Line> lines, EventDetails d, long personId, Wording words) {
        lines.add(Line.of(Style.HEADING, words.get("cuesheet.agenda")));
        if (d.agenda().isEmpty()) {
            lines.add(Line.of(Style.NOTE, words.get("cuesheet.agenda.none")));
            return;
        }
        Map<Long, Person> people = sources.directory().peopleById();
        boolean speaks = false;
        for (Agenda.Timed t : d.agenda()) {
            boolean mine = t.item().speakerIds().contains(personId);
            speaks |= mine;
            String title = mine ? "» " + t.item().title() : t.item().title();
            lines.add(Line.of(Style.ITEM, Formats.agendaTime(t.start(), d.event().startInZone(), words.locale()),
                    words.get("cuesheet.minutes", t.item().minutes()), title));
            String speakers = String.join(", ", t.item().speakerIds().stream().map(people::get)
                    .filter(Objects::nonNull).map(Person::fullName).toList());
            if (!speakers.isEmpty()) {
                lines.add(Line.of(Style.ITEM_DETAIL, words.get("cuesheet.speakers", speakers)));
            }
        }
        lines.add(Line.of(speaks ? Style.NOTE : Style.WARNING,
                words.get(speaks ? "briefing.slot.marked" : "briefing.slot.none")));
    }

    private static void others(List<Line> lines, EventDetails d, long personId, Wording words) {
        List<EventDetails.SeatLine> others = d.seats().stream().filter(s -> s.person().id() != personId).toList();
        if (others.isEmpty()) {
            return;
        }
        lines.add(Line.of(Style.HEADING, words.get("briefing.others")));
        int n = 1;
        for (EventDetails.SeatLine s : others) {
            lines.add(Line.of(Style.SEAT, n++ + ".", s.person().fullName() + " — "
                    + words.get("enum.SeatRole." + s.seat().role().name())));
            String about = String.join(", ", Stream.of(s.person().position(),
                    s.organisation().map(o -> o.name()).orElse("")).filter(t -> !t.isEmpty()).toList());
            if (!about.isEmpty()) {
                lines.add(Line.of(Style.SEAT_DETAIL, about));
            }
        }
    }

    private static void fact(List<Line> lines, String label, String value) {
        if (!value.isEmpty()) {
            lines.add(Line.of(Style.FACT, label, value));
        }
    }
}
