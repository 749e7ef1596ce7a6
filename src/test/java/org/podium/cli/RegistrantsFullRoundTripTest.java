package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.cli.CliHarness.Run;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.service.Book;
import org.podium.store.RegistrationStore;
import org.podium.cli.common.ExitCode;

/** {@code registrants export --profile full} then {@code registrants import}: every stored field comes back. */
class RegistrantsFullRoundTripTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Instant AT = Instant.parse("2026-05-01T08:30:00.5Z");

    @TempDir
    Path dir;
    private final CliHarness cli = new CliHarness(Clock.fixed(NOW, ZoneOffset.UTC));
    private String may;
    private String september;

    private Run run(String... args) {
        return cli.run(Stream.concat(Stream.of("--db", dir.resolve("book.db").toString()), Stream.of(args))
                .toArray(String[]::new));
    }

    private String addEvent(String title, String start) {
        Run added = run("events", "add", "--title", title, "--start", start, "--zone", "Europe/Rome", "--minutes", "60");
        assertThat(added.code()).as(added.err()).isZero();
        return added.out().strip();
    }

    @BeforeEach
    void twoEventsTheFirstWithRegistrants() {
        may = addEvent("European Cities on the Front Line", "2026-05-28T10:00");
        september = addEvent("Social Innovation for Migrant Integration", "2026-09-24T10:00");
        try (Book book = open()) {
            RegistrationStore store = new RegistrationStore(book.database());
            long event = Long.parseLong(may);
            store.insert(new Registration(0, event, "ana@example.org", "=SUM(A1)", "'Rossi", "Comune di Milano, \"Welfare\"",
                    "-2", "Gdańsk", "PL", "pl", AT, RegistrationSource.ZOOM, RegistrationStatus.ATTENDED, 55, true,
                    AT.plusSeconds(30), "@form", Map.of("Città", "Θεσσαλονίκη", "tab", "\tx", "q, \"1\"", "line\nbreak"),
                    "first line\nsecond, \"line\""));
            store.insert(new Registration(0, event, "Dora@Example.de", "Dora", "Müller", "", "+49", "", "Germany", "de",
                    AT.plusSeconds(60), RegistrationSource.WEBEX, RegistrationStatus.CANCELLED, 0, false, null, "",
                    Map.of(), "'"));
            store.insert(new Registration(0, event, "bo@example.org", "Bo", "", "", "", "", "", "", AT.plusSeconds(90),
                    RegistrationSource.MANUAL, RegistrationStatus.WAITLISTED, 0, false, AT, "Registrants tab", Map.of(),
                    ""));
        }
    }

    private Book open() {
        return Composition.openBook(dir.resolve("book.db"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private Map<String, Registration> stored(String event) {
        Map<String, Registration> byEmail = new LinkedHashMap<>();
        try (Book book = open()) {
            book.registrants().forEach(Long.parseLong(event), Optional.empty(), r -> byEmail.put(r.email(),
                    new Registration(0, 0, r.email(), r.firstName(), r.lastName(), r.organisation(), r.jobTitle(),
                            r.city(), r.country(), r.language(), r.registeredAt(), r.source(), r.status(),
                            r.minutesAttended(), r.consent(), r.consentAt(), r.consentSource(), r.customAnswers(),
                            r.notes())));
        }
        return byEmail;
    }

    private Path exportMay() {
        Path file = dir.resolve("may-full.csv");
        Run exported = run("registrants", "export", "--event", may, "--profile", "full", "--status",
                "registered,waitlisted,cancelled,attended,no-show", "--include-without-consent", "-o", file.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        return file;
    }

    @Test
    void aFullExportImportedIntoAnotherEventIsDetectedAndRestoresEveryField() {
        Path file = exportMay();

        Run imported = run("registrants", "import", "--event", september, file.toString(), "--json");

        assertThat(imported.code()).as(imported.err()).isZero();
        JsonNode s = imported.json();
        assertThat(s.get("format").asText()).isEqualTo("full");
        assertThat(s.get("imported").asLong()).isEqualTo(3);
        assertThat(s.get("errors")).isEmpty();
        assertThat(s.get("notices")).isEmpty();
        assertThat(stored(september)).hasSize(3).isEqualTo(stored(may));

        Run prose = run("registrants", "import", "--event", september, file.toString(), "--update", "--format", "full");
        assertThat(prose.code()).as(prose.err()).isZero();
        assertThat(prose.out()).contains("may-full.csv (Podium full export): 3 rows; 0 imported (0 waitlisted),"
                + " 0 updated, 3 unchanged");
    }

    @Test
    void formatFullRefusesAFileThatIsNotOne() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.csv"), "Email,First Name\nana@example.org,Ana\n");

        Run r = run("registrants", "import", "--event", september, plain.toString(), "--format", "full");

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("plain.csv:1: This is not a Podium full export");
        assertThat(stored(september)).isEmpty();
    }

    @Test
    void aFullFileWithABadStatusNamesTheLineAndWritesNothing() throws IOException {
        String text = Files.readString(exportMay(), StandardCharsets.UTF_8);
        assertThat(text).contains(",WAITLISTED,");
        Path bad = Files.writeString(dir.resolve("bad.csv"), text.replace(",WAITLISTED,", ",ON HOLD,"));
        List<String> records = List.of(text.split("\r\n"));
        long line = 1;
        for (String record : records) {
            if (record.contains(",WAITLISTED,")) {
                break;
            }
            line += 1 + record.chars().filter(c -> c == '\n').count();
        }

        Run r = run("registrants", "import", "--event", september, bad.toString());

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("bad.csv:" + line + ": The status 'ON HOLD' is not one of REGISTERED,"
                + " WAITLISTED, CANCELLED, ATTENDED, NO_SHOW.");
        assertThat(stored(september)).isEmpty();
    }
}
