package org.podium.service.documents;

import org.podium.service.Book;
import org.podium.service.common.FileWriteException;
import org.podium.service.common.NotFoundException;
import org.podium.service.common.Wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Agenda;
import org.podium.domain.Event;
import org.podium.domain.Person;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;
import org.podium.exchange.pdf.PdfPages;

/** The cue sheet, and its PDF read back with PDFBox as a reader's viewer would extract it. */
class CueSheetServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final Wording ENGLISH = Wording.of(Locale.ENGLISH);

    @TempDir
    Path dir;
    Book book;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), CLOCK);
        book.samples().load();
    }

    @AfterEach
    void close() {
        book.close();
    }

    private long sample(String title) {
        return book.events().list().stream().filter(s -> s.event().title().equals(title)).findFirst()
                .orElseThrow().event().id();
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("[ \\t]+", " ");
        }
    }

    @Test
    void thePdfHoldsEveryAgendaLineWithItsTimeTheSeatsAndTheFacts() throws IOException {
        long id = sample("Social Innovation for Migrant Integration");
        Path file = book.cueSheets().savePdf(id, dir.resolve("cue sheet.pdf"), ENGLISH).output();

        String text = pdfText(file);

        assertThat(text).contains("Social Innovation for Migrant Integration", "Lessons for cities under pandemic",
                "Thursday 24 September 2020, 10:00 – 11:15 CEST (Europe/Rome), 75 minutes", "Platform WebEx",
                "Series ADMin4ALL");
        assertThat(text).contains("10:00 15 min Welcome and keynote",
                "10:15 15 min Presentation of the study “Driving Migrant Inclusion through Social Innovation”",
                "10:30 30 min Panel discussion", "11:00 15 min Questions and answers",
                "Speakers: Roberta Lo Bianco, David Lubell, Maria Amelie");
        assertThat(text).contains("1. Jiri Svarc — Keynote (Confirmed)",
                "Head of the Social Investment Strategy Unit, European Commission – DG Employment",
                "5. Maria Amelie — Panellist (Confirmed)", "75 of 75 minutes planned: on time.");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Social Innovation for Migrant Integration");
        }
    }

    @Test
    void agendaTimesCrossMidnightAndTheClockChangeOnTheSheet() throws IOException {
        Event night = book.events().add(Event.builder("Night owls", LocalDateTime.parse("2026-10-24T23:30"),
                ZoneId.of("Europe/Rome"), 300).build());
        book.panel().addItem(night.id(), "Late welcome", 60, List.of(), "");
        book.panel().addItem(night.id(), "Across the change", 180, List.of(), "");
        book.panel().addItem(night.id(), "After the change", 60, List.of(), "Clocks went back at 03:00");

        String text = pdfText(book.cueSheets().savePdf(night.id(), dir.resolve("night.pdf"), ENGLISH).output());

        // 00:30 CEST and 180 elapsed minutes later: 03:30 CEST does not exist, the wall clock reads 02:30 CET.
        assertThat(text).contains("23:30 60 min Late welcome", "00:30 +1 180 min Across the change",
                "02:30 CET +1 60 min After the change", "Notes: Clocks went back at 03:00");
        assertThat(text).contains("Saturday 24 October 2026, 23:30 CEST – 03:30 CET +1 (Europe/Rome), 300 minutes",
                "300 of 300 minutes planned: on time.");
    }

    @Test
    void anOverrunIsAWarningOnTheSheet() {
        long id = sample("European Cities on the Front Line");
        book.panel().addItem(id, "Closing words", 10, List.of(), "");

        CueSheet sheet = book.cueSheets().cueSheet(id, ENGLISH);

        assertThat(sheet.lines()).filteredOn(l -> l.style() == CueSheet.Style.WARNING).singleElement()
                .satisfies(l -> assertThat(l.cells()).containsExactly("Overruns: 70 of 60 minutes planned, "
                        + "10 minutes too many; the agenda ends at 11:10, the event at 11:00."));
    }

    @Test
    void namesOutsideWesternEuropeSurviveAndTheSheetSpeaksItalian() throws IOException {
        long id = sample("European Cities on the Front Line");
        Person greek = book.directory().addPerson(Person.named("Κωνσταντίνος", "Ζέρβας"));
        book.panel().seat(id, greek.id(), SeatRole.PANELLIST, SeatState.INVITED);

        String text = pdfText(book.cueSheets().savePdf(id, dir.resolve("front-line.pdf"), Wording.of(Locale.ITALIAN)).output());

        assertThat(text).contains("Κωνσταντίνος Ζέρβας — Relatore (Invitato)", "Scaletta",
                "giovedì 28 maggio 2020", "60 minuti pianificati su 60: in orario.");
    }

    @Test
    void namesInArabicHebrewCjkAndEmojiAreOnThePdfNotQuestionMarks() throws IOException {
        long id = sample("European Cities on the Front Line");
        List<String> names = List.of("محمد عبد الله", "דוד לוי", "王小明", "山田 はなこ", "김민준", "Anna 🎉");
        for (String name : names) {
            String[] parts = name.split(" ", 2);
            Person p = book.directory().addPerson(Person.named(parts[0], parts.length > 1 ? parts[1] : ""));
            book.panel().seat(id, p.id(), SeatRole.PANELLIST, SeatState.INVITED);
        }

        CueSheetService.Rendered<Path> saved = book.cueSheets().savePdf(id, dir.resolve("world.pdf"), ENGLISH);

        // PDFBox gives right-to-left words back in logical order; NFKC turns Arabic's joined
        // forms back into letters. The fonts come from the packages .ci/run installs.
        String text = Normalizer.normalize(pdfText(saved.output()), Normalizer.Form.NFKC);
        assertThat(saved.missing()).isEmpty();
        assertThat(text).contains(names).contains("Panellist (Invited)").doesNotContain("?", "□");
    }

    @Test
    void thePrintedPagesAreTheSavedPdfsPages() throws IOException {
        long id = sample("European Cities on the Front Line");
        Person p = book.directory().addPerson(Person.named("محمد", "王小明 🎉"));
        book.panel().seat(id, p.id(), SeatRole.PANELLIST, SeatState.INVITED);
        Path file = book.cueSheets().savePdf(id, dir.resolve("sheet.pdf"), ENGLISH).output();

        List<BufferedImage> printed = book.cueSheets().pages(book.cueSheets().cueSheet(id, ENGLISH), 72).output();

        List<BufferedImage> saved = PdfPages.render(Files.readAllBytes(file), 72, CueSheetService.PRINT_TRIM);
        assertThat(printed).hasSameSizeAs(saved).isNotEmpty();
        for (int i = 0; i < saved.size(); i++) {
            assertThat(pixels(printed.get(i))).isEqualTo(pixels(saved.get(i)));
        }
        // A4 less the trimmed margins, at one pixel per point.
        assertThat(printed.get(0).getWidth()).isEqualTo(595 - 72);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void aFolderThatDoesNotExistIsNamedAndNothingIsWritten() {
        long id = sample("European Cities on the Front Line");
        Path target = dir.resolve("missing").resolve("sheet.pdf");

        assertThatThrownBy(() -> book.cueSheets().savePdf(id, target, ENGLISH)).isInstanceOf(FileWriteException.class)
                .hasMessageContaining("the folder " + target.getParent() + " does not exist");
        assertThatThrownBy(() -> book.cueSheets().savePdf(999, dir.resolve("x.pdf"), ENGLISH))
                .isInstanceOf(NotFoundException.class);
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
    }

    @Test
    void theTotalLineSaysWhatIsUnplanned() {
        Event event = book.events().add(Event.builder("Short", LocalDateTime.parse("2026-12-01T10:00"),
                ZoneId.of("Europe/Rome"), 75).build());
        book.panel().addItem(event.id(), "Keynote", 50, List.of(), "");

        Agenda.Plan plan = book.panel().agenda(event.id());

        assertThat(CueSheetService.total(plan, ENGLISH)).isEqualTo("Time unplanned: 50 of 75 minutes planned, "
                + "25 minutes left over; the agenda ends at 10:50, the event at 11:15.");
    }
}
