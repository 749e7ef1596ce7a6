package org.podium.service.importing;

import org.podium.English;
import org.podium.service.Book;
import org.podium.service.common.Progress;
import org.podium.service.export.ExportRequest;
import org.podium.service.export.ExportSummary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.domain.ExportDestination;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.ReportFormat;
import org.podium.store.RegistrationStore;

/** A Full export imported back, into another event or another book, restores every stored field. */
class FullImportTest {
    private static final Instant AT = Instant.parse("2026-05-01T08:30:00.123456789Z");

    @TempDir
    Path dir;
    private ImportBook b;
    private List<Registration> originals;

    @BeforeEach
    void registrantsWithAwkwardValues() {
        b = new ImportBook(dir);
        RegistrationStore store = new RegistrationStore(b.book.database());
        List<Registration> made = List.of(
                registrant("ana.rossi@comune.milano.it", "=SUM(A1)", "+1", "-2", "@x", "Milano", "IT", "it",
                        RegistrationSource.ZOOM, RegistrationStatus.ATTENDED, 87, true, AT.plusSeconds(60),
                        "Zoom registration report may.csv", Map.of("Dietary needs, if any", "vegetarian, \"no nuts\"",
                                "Città", "Θεσσαλονίκη", "=formula?", "=1+1", "tab", "\tindented", "cr", "\rreturn",
                                "Multi\nline question", "first\r\nsecond", "'quoted", "'q", "empty", ""),
                        "Asked about\nthe recording, \"twice\""),
                registrant("Piotr.Nowak@Gdansk.pl", "'Piotr", "''Nowak", "Comune di Gdańsk, \"Welfare\"",
                        "Head of unit\nsocial policy", "Gdańsk", "PL", "pl", RegistrationSource.EVENTBRITE,
                        RegistrationStatus.NO_SHOW, 0, false, AT.plusSeconds(3600), "=webform", Map.of(), "'=not a formula"),
                registrant("Dora.Mueller@Example.DE", "Dora", "Müller", "", "", "Θεσσαλονίκη", "Greece", "el",
                        RegistrationSource.MANUAL, RegistrationStatus.WAITLISTED, 0, false, null, "",
                        Map.of("Ημερομηνία", "Θεσσαλονίκη, 28/05"), ""),
                // The book trims text, so a leading tab or carriage return lives on only in custom answers (above).
                registrant("cy@example.org", "\tCy", "\rDoe", "@SUM(1)", "-", "+", "", "", RegistrationSource.WEBEX,
                        RegistrationStatus.CANCELLED, 12, true, AT, "Webex registration", Map.of("k", "v"), "'"),
                registrant("info@example.org", "", "", "", "", "", "", "", RegistrationSource.TEAMS,
                        RegistrationStatus.REGISTERED, 3, true, null, "", Map.of(), ""),
                registrant("eve@example.org", "Eve", "", "", "", "", "", "", RegistrationSource.CSV,
                        RegistrationStatus.REGISTERED, 0, false, AT.plusSeconds(7), "plain CSV may.csv", Map.of(), ""));
        originals = made.stream().map(store::insert).toList();
    }

    @AfterEach
    void close() {
        b.close();
    }

    private Registration registrant(String email, String first, String last, String organisation, String job,
                                           String city, String country, String language, RegistrationSource source,
                                           RegistrationStatus status, int minutes, boolean consent, Instant consentAt,
                                           String consentSource, Map<String, String> answers, String notes) {
        return new Registration(0, b.event.id(), email, first, last, organisation, job, city, country, language, AT, source,
                status, minutes, consent, consentAt, consentSource, answers, notes);
    }

    private Path exportAll(Book book, long eventId, String name) {
        Path file = dir.resolve(name);
        ExportRequest all = new ExportRequest(List.of(eventId), ExportDestination.FULL,
                EnumSet.allOf(RegistrationStatus.class), true, true);
        ExportSummary s = book.export().export(all, file, Progress.NONE);
        assertThat(s.written()).isEqualTo(originals.size());
        return file;
    }

    private Event addEvent(Book book, String title) {
        return book.events().add(Event.builder(title, LocalDateTime.of(2026, 9, 24, 10, 0), ImportBook.ROME, 90)
                .build());
    }

    /** The event's registrants by address, every stored field but the id and the event. */
    private static Map<String, Registration> stored(Book book, long eventId) {
        Map<String, Registration> byEmail = new LinkedHashMap<>();
        book.registrants().forEach(eventId, Optional.empty(), r -> byEmail.put(r.email(), withoutIds(r)));
        return byEmail;
    }

    private Map<String, Registration> originalsByEmail() {
        Map<String, Registration> byEmail = new LinkedHashMap<>();
        originals.forEach(r -> byEmail.put(r.email(), withoutIds(r)));
        return byEmail;
    }

    private static Registration withoutIds(Registration r) {
        return new Registration(0, 0, r.email(), r.firstName(), r.lastName(), r.organisation(), r.jobTitle(), r.city(),
                r.country(), r.language(), r.registeredAt(), r.source(), r.status(), r.minutesAttended(), r.consent(),
                r.consentAt(), r.consentSource(), r.customAnswers(), r.notes());
    }

    @Test
    void theBookHoldsTheAwkwardValuesTheTestIsAbout() {
        assertThat(originals).extracting(Registration::status).containsAll(EnumSet.allOf(RegistrationStatus.class));
        assertThat(originals).extracting(Registration::source).containsAll(EnumSet.allOf(RegistrationSource.class));
        assertThat(stored(b.book, b.event.id())).isEqualTo(originalsByEmail());
    }

    @Test
    void importedIntoAnotherEventEveryStoredFieldIsRestored() {
        Path file = exportAll(b.book, b.event.id(), "full.csv");
        Event other = addEvent(b.book, "Social Innovation for Migrant Integration");

        ImportSummary s = b.book.imports().commit(file, other.id(), ImportOptions.defaults(), Progress.NONE);

        assertThat(s.format()).isEqualTo(ReportFormat.FULL);
        assertThat(s.errors()).isEmpty();
        assertThat(s.notices()).isEmpty();
        assertThat(s.written()).isTrue();
        assertThat(s.imported()).isEqualTo(originals.size());
        assertThat(stored(b.book, other.id())).isEqualTo(originalsByEmail());
    }

    @Test
    void importedIntoAnotherBookEveryStoredFieldIsRestoredAndThePreviewShowsThemSo() {
        Path file = exportAll(b.book, b.event.id(), "full.csv");
        try (Book second = Composition.openBook(dir.resolve("second.db"), Clock.fixed(ImportBook.NOW, ZoneOffset.UTC))) {
            Event there = addEvent(second, "European Cities on the Front Line");

            ImportPreview preview = second.imports().preview(file, there.id(), ImportOptions.defaults());
            assertThat(preview.format()).isEqualTo(ReportFormat.FULL);
            assertThat(preview.rows()).extracting(row -> withoutIds(row.registration()))
                    .containsExactlyInAnyOrderElementsOf(originalsByEmail().values());

            ImportSummary s = second.imports().commit(file, there.id(), ImportOptions.defaults(), Progress.NONE);
            assertThat(s.errors()).isEmpty();
            assertThat(stored(second, there.id())).isEqualTo(originalsByEmail());
        }
    }

    @Test
    void withUpdateRegistrantsTheEventHasBecomeTheOnesTheFileHolds() {
        Path file = exportAll(b.book, b.event.id(), "full.csv");
        RegistrationStore store = new RegistrationStore(b.book.database());
        Registration ana = originals.get(0);
        store.update(new Registration(ana.id(), ana.eventId(), "ANA.ROSSI@comune.milano.it", "Anna", "", "Other",
                "", "", "", "", Instant.parse("2026-06-01T00:00:00Z"), RegistrationSource.CSV,
                RegistrationStatus.REGISTERED, 0, false, null, "", Map.of("extra", "kept?"), "changed"));

        ImportSummary kept = b.commit(file, ImportOptions.defaults());
        assertThat(kept.unchanged()).isEqualTo(originals.size());
        assertThat(stored(b.book, b.event.id()).get("ANA.ROSSI@comune.milano.it").firstName()).isEqualTo("Anna");

        ImportSummary updated = b.commit(file, ImportOptions.defaults().withUpdate(true));
        assertThat(updated.errors()).isEmpty();
        assertThat(updated.updated()).isEqualTo(1);
        assertThat(updated.unchanged()).isEqualTo(originals.size() - 1);
        assertThat(stored(b.book, b.event.id())).isEqualTo(originalsByEmail());

        ImportSummary again = b.commit(file, ImportOptions.defaults().withUpdate(true));
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(originals.size());
    }

    @Test
    void theBooksOwnFullExportImportedBackWithUpdateChangesNothing() {
        // The registrants were added one by one (as the form adds them), several with many custom answers.
        Path file = exportAll(b.book, b.event.id(), "full.csv");

        ImportSummary again = b.commit(file, ImportOptions.defaults().withUpdate(true));

        assertThat(again.errors()).isEmpty();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(originals.size());
        assertThat(stored(b.book, b.event.id())).isEqualTo(originalsByEmail());
    }

    @Test
    void aBadValueIsARowProblemWithItsLineAndNothingIsWritten() {
        Path file = exportAll(b.book, b.event.id(), "full.csv");
        List<String> lines = new ArrayList<>(List.of(readString(file).split("\r\n", -1)));
        int eve = indexOf(lines, "eve@example.org");
        lines.set(eve, lines.get(eve).replace(",REGISTERED,", ",MAYBE,"));
        Path bad = b.file("bad.csv", String.join("\r\n", lines));
        Event other = addEvent(b.book, "Another webinar");

        ImportSummary s = b.book.imports().commit(bad, other.id(), ImportOptions.defaults(), Progress.NONE);

        assertThat(s.written()).isFalse();
        assertThat(s.errors()).extracting(ImportProblem::line, p -> English.of(p.phrase())).containsExactly(
                org.assertj.core.groups.Tuple.tuple((long) physicalLine(lines, eve), "The status 'MAYBE' is not one"
                        + " of REGISTERED, WAITLISTED, CANCELLED, ATTENDED, NO_SHOW."));
        assertThat(stored(b.book, other.id())).isEmpty();
    }

    private static String readString(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    /** The physical line (1 for the first) of a record: CRLF ends records, a lone LF inside a cell does not. */
    private static int physicalLine(List<String> records, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            line += 1 + (int) records.get(i).chars().filter(c -> c == '\n').count();
        }
        return line;
    }
}
