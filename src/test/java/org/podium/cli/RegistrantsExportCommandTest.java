package org.podium.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
import org.podium.service.events.EventSummary;
import org.podium.store.RegistrationStore;
import org.podium.cli.common.ExitCode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code podium registrants export}: run in-process as a script would, with its exit codes. */
class RegistrantsExportCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final String TAG_MAY = "European Cities on the Front Line (2020-05-28)";
    private static final String TAG_SEPTEMBER = "Social Innovation for Migrant Integration (2020-09-24)";

    @TempDir
    Path dir;
    private final CliHarness cli = new CliHarness(Clock.fixed(NOW, ZoneOffset.UTC));
    private long may;
    private long september;

    private String db() {
        return dir.resolve("book.db").toString();
    }

    @BeforeEach
    void sampleWithRegistrants() {
        try (Book book = Composition.openBook(dir.resolve("book.db"), Clock.fixed(NOW, ZoneOffset.UTC))) {
            book.samples().loadWithoutRegistrants();
            for (EventSummary s : book.events().list()) {
                if (s.event().title().startsWith("European Cities")) {
                    may = s.event().id();
                } else {
                    september = s.event().id();
                }
            }
            RegistrationStore store = new RegistrationStore(book.database());
            register(store, may, "ana@example.org", "Ana", "Rossi", RegistrationStatus.ATTENDED, true);
            register(store, may, "bob@example.org", "Bob", "=1+1", RegistrationStatus.NO_SHOW, true);
            register(store, may, "carla@example.it", "Carla", "Bianchi", RegistrationStatus.ATTENDED, false);
            register(store, may, "info@example.org", "Info", "", RegistrationStatus.ATTENDED, true);
            register(store, september, "Ana@Example.org", "Ana", "Rossi", RegistrationStatus.REGISTERED, true);
            register(store, september, "dora@example.de", "Dora", "Müller", RegistrationStatus.ATTENDED, true);
            book.suppressions().add("dora@example.de", "unsubscribed");
        }
    }

    private static void register(RegistrationStore store, long event, String email, String first, String last,
                                 RegistrationStatus status, boolean consent) {
        store.insert(new Registration(0, event, email, first, last, "", "", "", "", "", NOW,
                RegistrationSource.CSV, status, 0, consent, null, "", Map.of(), ""));
    }

    private Run export(String... args) {
        return cli.run(Stream.concat(Stream.of("--db", db(), "registrants", "export"), Stream.of(args))
                .toArray(String[]::new));
    }

    @Test
    void writesAMailchimpFileAndSaysWhatWasLeftOut() throws Exception {
        Path file = dir.resolve("may.csv");
        Run r = export("--event", String.valueOf(may), "--profile", "mailchimp", "-o", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("Email Address,First Name,Last Name,Tags\r\n"
                + "ana@example.org,Ana,Rossi," + TAG_MAY + "\r\n"
                + "bob@example.org,Bob,\"'=1+1\"," + TAG_MAY + "\r\n");
        assertThat(r.out()).contains("Wrote 2 registrants to " + file, "1 without consent", "1 role addresses",
                "neutralised 1 cell");
    }

    @Test
    void theJsonSummaryGivesEveryCount() {
        Path file = dir.resolve("both.csv");
        Run r = export("--event", may + "," + september, "--profile", "brevo", "-o", file.toString(),
                "--status", "attended,registered", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = r.json();
        assertThat(json.get("file").asText()).isEqualTo(file.toString());
        assertThat(json.get("profile").asText()).isEqualTo("brevo");
        assertThat(json.get("total").asLong()).isEqualTo(6);
        assertThat(json.get("excludedByStatus").asLong()).isEqualTo(1);
        assertThat(json.get("excludedByConsent").asLong()).isEqualTo(1);
        assertThat(json.get("excludedBySuppression").asLong()).isEqualTo(1);
        assertThat(json.get("excludedRole").asLong()).isEqualTo(1);
        assertThat(json.get("duplicatesMerged").asLong()).isEqualTo(1);
        assertThat(json.get("written").asLong()).isEqualTo(1);
        assertThat(json.get("neutralisedCells").asLong()).isZero();
    }

    @Test
    void aWholeSeriesMergesEachAddressWithAllItsTagsAndItsLatestSpelling() throws Exception {
        Path file = dir.resolve("series.csv");
        Run r = export("--series", "ADMin4ALL", "--profile", "mailchimp", "-o", file.toString(), "--include-role-addresses");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly(
                "Email Address,First Name,Last Name,Tags",
                // In the order they registered: Ana's row stands where her September registration does.
                "bob@example.org,Bob,\"'=1+1\"," + TAG_MAY,
                "info@example.org,Info,," + TAG_MAY,
                "Ana@Example.org,Ana,Rossi,\"" + TAG_MAY + "," + TAG_SEPTEMBER + "\"");
    }

    @Test
    void anUnknownProfileOrStatusIsBadInputNamingTheChoices() {
        Path file = dir.resolve("x.csv");
        Run profile = export("--event", String.valueOf(may), "--profile", "hubspot", "-o", file.toString());
        assertThat(profile.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(profile.err()).contains("--profile: 'hubspot' is not one of mailchimp, brevo, outlook, google, excel, full");
        Run status = export("--event", String.valueOf(may), "--profile", "excel", "-o", file.toString(), "--status", "came");
        assertThat(status.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(status.err()).contains("--status: 'came' is not one of registered, waitlisted, cancelled, attended, no-show");
        assertThat(file).doesNotExist();
    }

    @Test
    void anEventThatDoesNotExistIsBadInputAndWritesNothing() {
        Path file = dir.resolve("x.csv");
        Run r = export("--event", may + ",4242", "--profile", "mailchimp", "-o", file.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("There is no event 4242.");
        assertThat(file).doesNotExist();
    }

    @Test
    void aMissingFolderOrAFolderAsOutputIsBadInputAndLeavesNothingBehind() throws Exception {
        Path missing = dir.resolve("missing").resolve("x.csv");
        Run r = export("--event", String.valueOf(may), "--profile", "google", "-o", missing.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("Cannot write " + missing + ": the folder " + missing.getParent() + " does not exist")
                .doesNotContain("unexpected");
        assertThat(missing.getParent()).doesNotExist();

        Run folder = export("--event", String.valueOf(may), "--profile", "google", "-o", dir.toString());
        assertThat(folder.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(folder.err()).contains("Cannot write " + dir + ": it is a folder");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp") || n.endsWith(".csv"));
        }
    }

    @Test
    void withoutAnEventOrOutputItIsRefused() {
        Run noEvent = export("--profile", "mailchimp", "-o", dir.resolve("x.csv").toString());
        assertThat(noEvent.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noEvent.err()).contains("--event");
        Run noOutput = export("--event", String.valueOf(may), "--profile", "mailchimp");
        assertThat(noOutput.code()).isEqualTo(ExitCode.USAGE);
        assertThat(noOutput.err()).contains("--output");
    }

    @Test
    void theExcelProfileKeepsEveryRowWithABomAndSemicolons() throws Exception {
        Path file = dir.resolve("may.csv");
        Run r = export("--event", String.valueOf(may), "--profile", "excel", "-o", file.toString(),
                "--include-without-consent");
        assertThat(r.code()).as(r.err()).isZero();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(List.of(bytes[0], bytes[1], bytes[2])).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFEmail;First name;Last name;").contains("\r\ninfo@example.org;Info;;");
        assertThat(text.split("\r\n")).hasSize(5);
        assertThat(r.out()).contains("Kept 0 invalid and 1 role addresses (this profile keeps every row).");
    }
}
