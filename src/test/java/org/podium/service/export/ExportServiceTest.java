package org.podium.service.export;

import org.podium.service.Book;
import org.podium.service.common.FileWriteException;
import org.podium.service.common.NotFoundException;
import org.podium.service.common.Progress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
import org.podium.exchange.csv.FullProfile;
import org.podium.exchange.csv.StrictCsv;
import org.podium.store.RegistrationStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.podium.domain.RegistrationStatus.ATTENDED;
import static org.podium.domain.RegistrationStatus.CANCELLED;
import static org.podium.domain.RegistrationStatus.NO_SHOW;
import static org.podium.domain.RegistrationStatus.REGISTERED;

/** Exports from a real book: the filters, the merge across events, the checks and safe writing. */
class ExportServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    Path dir;
    Book book;
    ExportService export;
    RegistrationStore registrations;
    Event may;
    Event september;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), CLOCK);
        export = book.export();
        registrations = new RegistrationStore(book.database());
        may = book.events().add(Event.builder("European Cities on the Front Line",
                LocalDateTime.of(2020, 5, 28, 10, 0), ROME, 60).build());
        september = book.events().add(Event.builder("Social Innovation for Migrant Integration",
                LocalDateTime.of(2020, 9, 24, 10, 0), ROME, 75).build());
    }

    @AfterEach
    void close() {
        book.close();
    }

    private Registration register(Event event, String email, String first, String last, RegistrationStatus status,
                                  boolean consent) {
        return registrations.insert(new Registration(0, event.id(), email, first, last, "", "", "", "", "",
                NOW, RegistrationSource.MANUAL, status, 0, consent, consent ? NOW : null, "", Map.of(), ""));
    }

    private List<List<String>> read(Path file, ExportDestination d) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        boolean excel = d == ExportDestination.EXCEL;
        return StrictCsv.parse(excel ? text.substring(1) : text, excel || d == ExportDestination.BREVO ? ';' : ',', "\r\n");
    }

    private static void assertAddsUp(ExportSummary s) {
        assertThat(s.excludedByStatus() + s.excludedByConsent() + s.excludedBySuppression() + s.excludedInvalid()
                + s.excludedRole() + s.duplicatesMerged() + s.written()).as("every registration counted once: " + s)
                .isEqualTo(s.total());
    }

    @Test
    void byDefaultOnlyActiveRegistrantsWhoAgreedAreWrittenAndSuppressedNever() throws IOException {
        register(may, "ana@example.org", "Ana", "Rossi", ATTENDED, true);
        register(may, "bob@example.org", "Bob", "Brown", NO_SHOW, false);
        register(may, "carla@example.it", "Carla", "Bianchi", CANCELLED, true);
        register(may, "dora@example.de", "Dora", "Müller", REGISTERED, true);
        book.suppressions().add("Dora@Example.de", "unsubscribed");
        Path file = dir.resolve("may.csv");

        ExportSummary s = export.export(ExportRequest.of(List.of(may.id()), ExportDestination.MAILCHIMP), file, Progress.NONE);

        assertThat(read(file, ExportDestination.MAILCHIMP)).containsExactly(
                List.of("Email Address", "First Name", "Last Name", "Tags"),
                List.of("ana@example.org", "Ana", "Rossi", "European Cities on the Front Line (2020-05-28)"));
        assertThat(s).isEqualTo(new ExportSummary(4, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0));

        ExportSummary everyone = export.export(ExportRequest.of(List.of(may.id()), ExportDestination.BREVO)
                .withoutConsentToo(true), file, Progress.NONE);
        assertThat(read(file, ExportDestination.BREVO)).extracting(row -> row.get(0))
                .containsExactly("EMAIL", "ana@example.org", "bob@example.org");
        assertThat(everyone.excludedBySuppression()).as("suppression holds even without the consent filter").isEqualTo(1);
        assertAddsUp(everyone);
    }

    @Test
    void everyDestinationWritesTheSameBytesWhenTheWindowsLanguageSetsTheFormatLocale() throws IOException {
        // An Italian window sets the JVM's format locale (for its date pickers): exports must not follow it.
        registrations.insert(new Registration(0, may.id(), "ana@example.org", "Ana", "Rossi", "Comune di Milano",
                "Project officer", "Milano", "IT", "it", NOW, RegistrationSource.ZOOM, ATTENDED, 1234, true, NOW,
                "form", Map.of("Question", "1.5"), "note"));
        java.util.Locale system = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        for (ExportDestination d : ExportDestination.values()) {
            ExportRequest request = ExportRequest.of(List.of(may.id()), d);
            Path plain = dir.resolve(d + "-plain.csv");
            Path italian = dir.resolve(d + "-italian.csv");
            export.export(request, plain, Progress.NONE);
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.ITALY);
            try {
                export.export(request, italian, Progress.NONE);
            } finally {
                java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, system);
            }
            assertThat(Files.readAllBytes(italian)).as(d.toString()).isEqualTo(Files.readAllBytes(plain));
        }
    }

    @Test
    void theStatusFilterPicksAttendeesOrNoShows() throws IOException {
        register(may, "ana@example.org", "Ana", "Rossi", ATTENDED, true);
        register(may, "bob@example.org", "Bob", "Brown", NO_SHOW, true);
        Path file = dir.resolve("out.csv");
        ExportRequest request = ExportRequest.of(List.of(may.id()), ExportDestination.BREVO);

        export.export(request.withStatuses(EnumSet.of(ATTENDED)), file, Progress.NONE);
        assertThat(read(file, ExportDestination.BREVO)).extracting(row -> row.get(0)).containsExactly("EMAIL", "ana@example.org");
        ExportSummary noShows = export.export(request.withStatuses(EnumSet.of(NO_SHOW)), file, Progress.NONE);
        assertThat(read(file, ExportDestination.BREVO)).extracting(row -> row.get(0)).containsExactly("EMAIL", "bob@example.org");
        assertThat(noShows.excludedByStatus()).isEqualTo(1);
    }

    @Test
    void acrossEventsEachAddressAppearsOnceWithEveryEventsTagAndItsLatestDetails() throws IOException {
        register(may, "Ana@Example.org", "Anna", "Rossi", ATTENDED, true);
        register(september, "ana@example.org ", "Ana", "Rossi-Verdi", NO_SHOW, true);
        register(september, "bob@example.org", "Bob", "Brown", ATTENDED, true);
        Path file = dir.resolve("series.csv");

        ExportSummary s = export.export(ExportRequest.of(List.of(september.id(), may.id()), ExportDestination.MAILCHIMP),
                file, Progress.NONE);

        assertThat(read(file, ExportDestination.MAILCHIMP)).containsExactly(
                List.of("Email Address", "First Name", "Last Name", "Tags"),
                List.of("ana@example.org", "Ana", "Rossi-Verdi", "European Cities on the Front Line (2020-05-28),"
                        + "Social Innovation for Migrant Integration (2020-09-24)"),
                List.of("bob@example.org", "Bob", "Brown", "Social Innovation for Migrant Integration (2020-09-24)"));
        assertThat(s.duplicatesMerged()).isEqualTo(1);
        assertThat(s.written()).isEqualTo(2);
        assertAddsUp(s);
    }

    @Test
    void invalidAndRoleAddressesStayOutOfMailingFilesButAreKeptAndCountedInSpreadsheets() throws IOException {
        register(may, "ana@example.org", "Ana", "Rossi", ATTENDED, true);
        register(may, "info@comune.example.it", "Segreteria", "", ATTENDED, true);
        register(may, "noreply@example.org", "", "", ATTENDED, true);
        register(may, "not an address", "Broken", "", ATTENDED, true);
        Path file = dir.resolve("out.csv");

        ExportSummary mailing = export.export(ExportRequest.of(List.of(may.id()), ExportDestination.MAILCHIMP), file, Progress.NONE);
        assertThat(read(file, ExportDestination.MAILCHIMP)).hasSize(2);
        assertThat(mailing).extracting(ExportSummary::invalidAddresses, ExportSummary::roleAddresses,
                ExportSummary::excludedInvalid, ExportSummary::excludedRole, ExportSummary::written)
                .containsExactly(1L, 2L, 1L, 2L, 1L);
        assertAddsUp(mailing);

        ExportSummary withRoles = export.export(ExportRequest.of(List.of(may.id()), ExportDestination.GOOGLE)
                .withRoleAddresses(true), file, Progress.NONE);
        assertThat(withRoles.written()).isEqualTo(3);
        assertThat(withRoles.excludedInvalid()).isEqualTo(1);

        ExportSummary excel = export.export(ExportRequest.of(List.of(may.id()), ExportDestination.EXCEL), file, Progress.NONE);
        assertThat(read(file, ExportDestination.EXCEL)).hasSize(5);
        assertThat(excel).extracting(ExportSummary::invalidAddresses, ExportSummary::roleAddresses,
                ExportSummary::excludedInvalid, ExportSummary::excludedRole, ExportSummary::written)
                .containsExactly(1L, 2L, 0L, 0L, 4L);
    }

    @Test
    void formulasAreNeutralisedAndCounted() throws IOException {
        register(may, "ana@example.org", "=HYPERLINK(\"http://evil.example\",\"click\")", "@SUM(A1)", ATTENDED, true);
        register(may, "bob@example.org", "-5", "Brown", ATTENDED, true);
        Path file = dir.resolve("out.csv");

        ExportSummary s = export.export(ExportRequest.of(List.of(may.id()), ExportDestination.MAILCHIMP), file, Progress.NONE);

        assertThat(s.neutralisedCells()).isEqualTo(3);
        assertThat(read(file, ExportDestination.MAILCHIMP).get(1))
                .containsExactly("ana@example.org", "'=HYPERLINK(\"http://evil.example\",\"click\")", "'@SUM(A1)",
                        "European Cities on the Front Line (2020-05-28)");
    }

    @Test
    void aFullFileReadBackGivesTheStoredValuesExactly() throws IOException {
        Registration stored = registrations.insert(new Registration(0, may.id(), "ana@example.org", "'Ana",
                "=1+1", "-5", "@home", "Gdańsk, \"PL\"", "PL", "pl", Instant.parse("2020-05-20T08:15:30.123Z"),
                RegistrationSource.ZOOM, ATTENDED, 58, true, Instant.parse("2020-05-20T08:15:31Z"), "+form",
                Map.of("Θέμα", "=cmd|' /C calc'!A0", "emoji", "🎤\ttab"), "line 1\r\nline 2\rcr"));
        Path file = dir.resolve("full.csv");

        ExportSummary s = export.export(ExportRequest.of(List.of(may.id()), ExportDestination.FULL), file, Progress.NONE);

        List<List<String>> rows = read(file, ExportDestination.FULL);
        assertThat(rows.get(0)).isEqualTo(FullProfile.HEADER);
        List<String> back = rows.get(1).stream().map(FullProfile::decodeCell).toList();
        assertThat(back).containsExactly(stored.email(), stored.firstName(), stored.lastName(), stored.organisation(),
                stored.jobTitle(), stored.city(), stored.country(), stored.language(), "2020-05-20T08:15:30.123Z",
                "ZOOM", "ATTENDED", "58", "true", "2020-05-20T08:15:31Z", "+form",
                "{\"emoji\":\"🎤\\ttab\",\"Θέμα\":\"=cmd|' /C calc'!A0\"}", "line 1\r\nline 2\rcr",
                "European Cities on the Front Line (2020-05-28)");
        assertThat(s.neutralisedCells()).isEqualTo(4);
    }

    @Test
    void thePreviewShowsTheFirstRowsAsWrittenAndTheSameChecks() throws IOException {
        for (int i = 0; i < 30; i++) {
            register(may, String.format("person%02d@example.org", i), i == 0 ? "=x" : "P" + i, "L", ATTENDED, true);
        }
        ExportRequest request = ExportRequest.of(List.of(may.id()), ExportDestination.MAILCHIMP);
        ExportPreview preview = export.preview(request, 5, Progress.NONE);
        ExportSummary written = export.export(request, dir.resolve("out.csv"), Progress.NONE);

        assertThat(preview.header()).containsExactly("Email Address", "First Name", "Last Name", "Tags");
        assertThat(preview.rows()).hasSize(5);
        assertThat(preview.rows().get(0)).containsExactly("person00@example.org", "'=x", "L",
                "European Cities on the Front Line (2020-05-28)");
        assertThat(preview.summary()).isEqualTo(written);
        assertThat(read(dir.resolve("out.csv"), ExportDestination.MAILCHIMP).subList(1, 6)).isEqualTo(preview.rows());
    }

    @Test
    void anUnknownEventOrAMissingFolderIsRefusedAndLeavesNoFile() {
        register(may, "ana@example.org", "Ana", "Rossi", ATTENDED, true);
        Path file = dir.resolve("out.csv");
        assertThatThrownBy(() -> export.export(ExportRequest.of(List.of(may.id(), 999L), ExportDestination.MAILCHIMP),
                file, Progress.NONE)).isInstanceOf(NotFoundException.class).hasMessage("There is no event 999.");
        Path missing = dir.resolve("missing").resolve("out.csv");
        assertThatThrownBy(() -> export.export(ExportRequest.of(List.of(may.id()), ExportDestination.MAILCHIMP),
                missing, Progress.NONE)).isInstanceOf(FileWriteException.class)
                .hasMessage("Cannot write " + missing + ": the folder " + missing.getParent() + " does not exist");
        assertThat(file).doesNotExist();
        assertThat(missing.getParent()).doesNotExist();
    }

    @Test
    void theProgressBarGoesOverEveryRegistrationOnceFromNoneToAll() {
        book.database().write(c -> {
            for (int i = 0; i < 20_000; i++) {
                register(may, "p" + i + "@example.org", "P", "L", i % 7 == 0 ? CANCELLED : ATTENDED, i % 5 != 0);
            }
            return null;
        });
        for (ExportDestination d : List.of(ExportDestination.MAILCHIMP, ExportDestination.FULL)) {
            List<long[]> updates = new java.util.ArrayList<>();
            Progress watched = new Progress() {
                @Override
                public void update(long done, long total) {
                    updates.add(new long[] {done, total});
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            };
            export.export(ExportRequest.of(List.of(may.id()), d), dir.resolve(d + ".csv"), watched);
            assertThat(updates).as(d.name()).hasSizeGreaterThan(2);
            assertThat(updates.get(0)).as(d.name()).containsExactly(0, 20_000);
            assertThat(updates.get(updates.size() - 1)).as(d.name()).containsExactly(20_000, 20_000);
            for (int i = 1; i < updates.size(); i++) {
                assertThat(updates.get(i)[1]).as(d.name()).isEqualTo(20_000);
                assertThat(updates.get(i)[0]).as(d.name()).isBetween(updates.get(i - 1)[0], 20_000L);
            }
        }
    }

    @Test
    void anExportNoOneFollowsSkipsOnlyTheCountingAndWritesTheSameFileAndChecks() throws IOException {
        book.database().write(c -> {
            for (int i = 0; i < 3_000; i++) {
                register(may, "p" + i + "@example.org", "P", "L", i % 7 == 0 ? CANCELLED : ATTENDED, i % 5 != 0);
            }
            return null;
        });
        Progress followed = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        assertThat(followed.followed()).isTrue();
        assertThat(Progress.NONE.followed()).isFalse();
        for (ExportDestination d : List.of(ExportDestination.MAILCHIMP, ExportDestination.FULL)) {
            Path watchedFile = dir.resolve(d + "-followed.csv");
            Path unwatchedFile = dir.resolve(d + "-unfollowed.csv");
            ExportSummary watched = export.export(ExportRequest.of(List.of(may.id()), d), watchedFile, followed);
            ExportSummary unwatched = export.export(ExportRequest.of(List.of(may.id()), d), unwatchedFile, Progress.NONE);
            assertThat(unwatched).as(d.name()).isEqualTo(watched);
            assertThat(unwatched.total()).as(d.name()).isEqualTo(3_000);
            assertThat(Files.readAllBytes(unwatchedFile)).as(d.name()).isEqualTo(Files.readAllBytes(watchedFile));
        }
    }

    @Test
    void aCancelledExportLeavesTheEarlierFileAndNoTemporaryOne() throws IOException {
        book.database().write(c -> {
            for (int i = 0; i < 9_000; i++) {
                register(may, "p" + i + "@example.org", "P", "L", ATTENDED, true);
            }
            return null;
        });
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "the earlier export\n");
        Progress cancelling = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> export.export(ExportRequest.of(List.of(may.id()), ExportDestination.MAILCHIMP),
                file, cancelling)).isInstanceOf(ExportCancelledException.class);
        assertThat(Files.readString(file)).isEqualTo("the earlier export\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
