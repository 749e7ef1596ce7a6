package org.podium.service.documents;

import org.podium.service.common.FileWriteException;
import org.podium.service.common.Formats;
import org.podium.service.common.NotFoundException;
import org.podium.service.common.Wording;
import org.podium.service.events.EventDetails;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.podium.domain.Agenda;
import org.podium.domain.Event;
import org.podium.domain.Person;
import org.podium.exchange.pdf.PdfPages;
import org.podium.exchange.pdf.PdfSheet;
import org.podium.exchange.pdf.PdfSheetWriter;

/**
 * The cue sheet of an event: title, date and time with the zone, platform and links, the
 * panel with roles and organisations, and the timed run-of-show with its total against the
 * slot; printed by the window and saved as PDF.
 */
public final class CueSheetService {
    /** Points cut from each side of a PDF page before it is printed: a printer's own margin is about as wide. */
    static final float PRINT_TRIM = 36;


    private final DocumentSources sources;

    public CueSheetService(DocumentSources sources) {
        this.sources = sources;
    }

    /** The event's cue sheet in the given words; an unknown id is a {@link NotFoundException}. */
    public CueSheet cueSheet(long eventId, Wording words) {
        EventDetails d = sources.events().details(eventId)
                .orElseThrow(() -> new NotFoundException("There is no event " + eventId + "."));
        Event e = d.event();
        List<CueSheet.Line> lines = new ArrayList<>();
        lines.add(CueSheet.Line.of(CueSheet.Style.TITLE, e.title()));
        Stream.of(e.subtitle(), e.secondTitle()).filter(t -> !t.isEmpty())
                .forEach(t -> lines.add(CueSheet.Line.of(CueSheet.Style.SUBTITLE, t)));
        fact(lines, words.get("cuesheet.when"), words.get("cuesheet.when.value",
                DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", words.locale()).format(e.startInZone()),
                span(e, words.locale()), e.zone().getId(), e.minutes()));
        fact(lines, words.get("cuesheet.platform"), e.platform());
        d.series().ifPresent(s -> fact(lines, words.get("cuesheet.series"), s.name()));
        fact(lines, words.get("cuesheet.registrationUrl"), e.registrationUrl());
        fact(lines, words.get("cuesheet.accessUrl"), e.accessUrl());
        fact(lines, words.get("cuesheet.recordingUrl"), e.recordingUrl());
        fact(lines, words.get("cuesheet.reportUrl"), e.reportUrl());
        panel(lines, d, words);
        agenda(lines, Agenda.plan(e, d.agenda().stream().map(Agenda.Timed::item).toList()), words);
        lines.add(CueSheet.Line.of(CueSheet.Style.FOOTER, words.get("cuesheet.footer",
                Formats.startWithZone(sources.clock().instant().atZone(e.zone()), words.locale()))));
        return new CueSheet(e.title(), lines);
    }

    /** "10:00 – 11:15 CEST", or "23:30 CEST – 02:30 CET +1" when the clocks change during the event. */
    public static String span(Event e, java.util.Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        DateTimeFormatter zone = DateTimeFormatter.ofPattern("zzz", locale);
        boolean sameOffset = e.startInZone().getOffset().equals(e.endInZone().getOffset());
        String start = time.format(e.startInZone()) + (sameOffset ? "" : " " + zone.format(e.startInZone()));
        long days = java.time.temporal.ChronoUnit.DAYS.between(e.startInZone().toLocalDate(),
                e.endInZone().toLocalDate());
        return start + " – " + time.format(e.endInZone()) + " " + zone.format(e.endInZone())
                + (days > 0 ? " +" + days : "");
    }

    private static void fact(List<CueSheet.Line> lines, String label, String value) {
        if (!value.isEmpty()) {
            lines.add(CueSheet.Line.of(CueSheet.Style.FACT, label, value));
        }
    }

    private static void panel(List<CueSheet.Line> lines, EventDetails d, Wording words) {
        lines.add(CueSheet.Line.of(CueSheet.Style.HEADING, words.get("cuesheet.panel")));
        if (d.seats().isEmpty()) {
            lines.add(CueSheet.Line.of(CueSheet.Style.NOTE, words.get("cuesheet.panel.none")));
        }
        int n = 1;
        for (EventDetails.SeatLine s : d.seats()) {
            lines.add(CueSheet.Line.of(CueSheet.Style.SEAT, n++ + ".", words.get("cuesheet.seat",
                    s.person().fullName(), words.get("enum.SeatRole." + s.seat().role().name()),
                    words.get("enum.SeatState." + s.seat().state().name()))));
            String about = String.join(", ", Stream.of(s.person().position(),
                    s.organisation().map(o -> o.name()).orElse("")).filter(t -> !t.isEmpty()).toList());
            String checks = words.get(s.seat().techCheckDone() ? "cuesheet.techCheck" : "cuesheet.noTechCheck")
                    + " · " + words.get(s.seat().consentToRecording() ? "cuesheet.consent" : "cuesheet.noConsent");
            lines.add(CueSheet.Line.of(CueSheet.Style.SEAT_DETAIL, about.isEmpty() ? checks : about + " · " + checks));
        }
    }

    private void agenda(List<CueSheet.Line> lines, Agenda.Plan plan, Wording words) {
        lines.add(CueSheet.Line.of(CueSheet.Style.HEADING, words.get("cuesheet.agenda")));
        if (plan.items().isEmpty()) {
            lines.add(CueSheet.Line.of(CueSheet.Style.NOTE, words.get("cuesheet.agenda.none")));
            return;
        }
        Map<Long, Person> people = sources.directory().peopleById();
        for (Agenda.Timed t : plan.items()) {
            lines.add(CueSheet.Line.of(CueSheet.Style.ITEM,
                    Formats.agendaTime(t.start(), plan.event().startInZone(), words.locale()),
                    words.get("cuesheet.minutes", t.item().minutes()), t.item().title()));
            String speakers = String.join(", ", t.item().speakerIds().stream().map(people::get)
                    .filter(Objects::nonNull).map(Person::fullName).toList());
            if (!speakers.isEmpty()) {
                lines.add(CueSheet.Line.of(CueSheet.Style.ITEM_DETAIL, words.get("cuesheet.speakers", speakers)));
            }
            if (!t.item().notes().isEmpty()) {
                lines.add(CueSheet.Line.of(CueSheet.Style.ITEM_DETAIL, words.get("cuesheet.notes", t.item().notes())));
            }
        }
        String total = total(plan, words);
        lines.add(CueSheet.Line.of(plan.fit() == Agenda.Fit.ON_TIME ? CueSheet.Style.NOTE : CueSheet.Style.WARNING,
                total));
    }

    /** "75 of 75 minutes planned: on time." or the overrun or unplanned time, in the given words. */
    public static String total(Agenda.Plan plan, Wording words) {
        String end = DateTimeFormatter.ofPattern("HH:mm", words.locale()).format(plan.end());
        String eventEnd = DateTimeFormatter.ofPattern("HH:mm", words.locale()).format(plan.event().endInZone());
        return switch (plan.fit()) {
            case EMPTY -> words.get("agenda.fit.empty", plan.slotMinutes(), eventEnd);
            case ON_TIME -> words.get("agenda.fit.onTime", plan.totalMinutes(), plan.slotMinutes());
            case OVERRUN -> words.get("agenda.fit.overrun", plan.totalMinutes(), plan.slotMinutes(), plan.balance(),
                    end, eventEnd);
            case UNDERRUN -> words.get("agenda.fit.underrun", plan.totalMinutes(), plan.slotMinutes(), -plan.balance(),
                    end, eventEnd);
        };
    }

    /**
     * A cue sheet saved or printed, with the characters that no font on this computer has and
     * that show as "□" (in code point order): the caller tells the user which names suffered.
     */
    public record Rendered<T>(T output, List<Integer> missing) {
        public Rendered {
            missing = List.copyOf(missing);
        }

        /** The missing characters for a message: "김 (U+AE40), 🎉 (U+1F389)". */
        public String missingText() {
            return missing.stream().map(cp -> Character.toString(cp) + " (U+" + String.format("%04X", cp) + ")")
                    .collect(Collectors.joining(", "));
        }
    }

    /**
     * Saves the cue sheet as a PDF, written whole or not at all.
     *
     * @throws NotFoundException for an unknown id, before anything is written
     * @throws FileWriteException when the file cannot be written; the message says why
     */
    public Rendered<Path> savePdf(long eventId, Path file, Wording words) {
        return savePdf(cueSheet(eventId, words), file);
    }

    /**
     * Saves any sheet of lines (a cue sheet, a speaker's briefing) as a PDF, written whole or not
     * at all, with the characters no font could draw.
     */
    public Rendered<Path> savePdf(CueSheet sheet, Path file) {
        PdfSheet pdf = pdfSheet(sheet);
        List<Integer> missing = new ArrayList<>();
        Path saved = sources.files().write(file,
                out -> missing.addAll(new PdfSheetWriter().write(pdf, out).missing()));
        return new Rendered<>(saved, missing);
    }

    /**
     * The cue sheet as the PDF's pages drawn at {@code dpi}, for the window to print: paper and
     * file come from the same layout, fonts and shaping. The printer keeps margins of its own,
     * so {@link #PRINT_TRIM} points of the PDF's 50-point margin are cut off. Each page is drawn
     * when the list is asked for it.
     */
    public Rendered<List<BufferedImage>> pages(CueSheet sheet, float dpi) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PdfSheetWriter.Result result = new PdfSheetWriter().write(pdfSheet(sheet), bytes);
            return new Rendered<>(PdfPages.render(bytes.toByteArray(), dpi, PRINT_TRIM), result.missing());
        } catch (IOException e) {
            throw new FileWriteException("The cue sheet could not be drawn: " + e.getMessage(), e);
        }
    }

    private PdfSheet pdfSheet(CueSheet sheet) {
        return new PdfSheet(sheet.title(), sources.clock().instant(),
                sheet.lines().stream().map(CueSheetService::pdfLine).toList());
    }

    private static PdfSheet.Line pdfLine(CueSheet.Line line) {
        PdfSheet.Look look = switch (line.style()) {
            case TITLE -> PdfSheet.Look.TITLE;
            case SUBTITLE -> PdfSheet.Look.SUBTITLE;
            case HEADING -> PdfSheet.Look.HEADING;
            case WARNING -> PdfSheet.Look.WARNING;
            case SEAT_DETAIL, NOTE, FOOTER -> PdfSheet.Look.MUTED;
            case FACT, SEAT, ITEM, ITEM_DETAIL -> PdfSheet.Look.TEXT;
        };
        return new PdfSheet.Line(look, line.style().indent(), line.style().columns(), line.cells());
    }
}
