package org.podium.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.CliHarness.Run;
import org.podium.cli.common.ExitCode;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line run in-process, as a script would run it, with its exit codes. */
class PodiumCliTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness(NOW);

    private Run run(String... args) {
        return cli.run(args);
    }

    private String db() {
        return dir.resolve("book.db").toString();
    }

    private Run add(String... extra) {
        List<String> args = new ArrayList<>(List.of("--db", db(), "events", "add"));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    @Test
    void versionPrintsTheBuildVersionTheBookFormatAndTheSqliteLibrary() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Podium ")
                .contains("Book format " + org.podium.store.Database.SCHEMA_VERSION + "\n")
                .containsPattern("SQLite 3\\.\\d+\\.\\d+");
    }

    @Test
    void onlyVersionAsksForTheLibrariesAndTheServersVersionsNoOtherCommandPaysForThem() {
        assertThat(add("--title", "Borders and belonging", "--start", "2026-05-28T10:00", "--zone", "Europe/Rome",
                "--minutes", "60").code()).isZero();
        assertThat(run("--db", db(), "events", "list").code()).isZero();
        assertThat(run("--db", db(), "registrants", "count", "--event", "1").code()).isZero();
        assertThat(cli.serverVersionsAsked).isEmpty();

        Run version = run("--db", db(), "events", "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("Podium ").containsPattern("SQLite 3\\.\\d+\\.\\d+");
        assertThat(cli.serverVersionsAsked).containsExactly(Optional.of(db()));
    }

    @Test
    void onlyTheNamedCommandIsBuiltAndTheRootAndTheCompletionScriptStillListThemAll() {
        assertThat(PodiumCli.commandNamed("--db", "events", "registrants", "list")).contains("registrants");
        assertThat(PodiumCli.commandNamed("--db=book.db", "events", "list")).contains("events");
        assertThat(PodiumCli.commandNamed("--help")).isEmpty();
        assertThat(PodiumCli.commandNamed("nosuch", "list")).isEmpty();
        assertThat(PodiumCli.commandNamed("completion", "bash")).isEmpty();
        Run help = run("--help");
        assertThat(help.out()).contains("events", "registrants", "suppression", "attendance", "trash");
        Run unknown = run("nosuch");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument");
        assertThat(run("events", "list", "--db", db()).code()).as("--db after the command, as before").isZero();
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        Run r = run("registrants", "import", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: podium registrants import").contains("--skip-invalid");
        assertThat(r.err()).isEmpty();
        assertThat(run("events", "-h").out()).startsWith("Usage: podium events");
        assertThat(run("suppression", "add", "--help").code()).isZero();
    }

    @Test
    void noCommandOpensTheWindowOnTheChosenBook() {
        Run r = run("--db", db());
        assertThat(r.code()).isZero();
        assertThat(cli.windowsOpened).containsExactly(Optional.of(db()));
    }

    @Test
    void addThenListAndShowAsJson() {
        Run added = add("--title", "Cities and climate", "--start", "2026-05-28T10:00", "--zone", "Europe/Rome",
                "--minutes", "60", "--subtitle", "Local action", "--platform", "WebEx");
        assertThat(added.code()).as(added.err()).isZero();
        long id = Long.parseLong(added.out().strip());

        JsonNode list = run("--db", db(), "events", "list", "--json").json();
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(1);
        JsonNode e = list.get(0);
        assertThat(e.get("id").asLong()).isEqualTo(id);
        assertThat(e.get("title").asText()).isEqualTo("Cities and climate");
        assertThat(e.get("start").asText()).isEqualTo("2026-05-28T10:00");
        assertThat(e.get("zone").asText()).isEqualTo("Europe/Rome");
        assertThat(e.get("minutes").asInt()).isEqualTo(60);
        assertThat(e.get("status").asText()).isEqualTo("concluded");

        Run shown = run("--db", db(), "events", "show", String.valueOf(id), "--json");
        assertThat(shown.code()).isZero();
        assertThat(shown.json().get("subtitle").asText()).isEqualTo("Local action");
        assertThat(shown.json().get("platform").asText()).isEqualTo("WebEx");
        assertThat(shown.json().get("offset").asText()).isEqualTo("+02:00");
    }

    @Test
    void addWithJsonPrintsTheEventObject() {
        Run r = add("--title", "Next one", "--start", "2027-01-14T16:30", "--zone", "America/New_York",
                "--minutes", "45", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("title").asText()).isEqualTo("Next one");
        assertThat(r.json().get("status").asText()).isEqualTo("scheduled");
        assertThat(r.json().get("end").asText()).isEqualTo("2027-01-14T17:15");
    }

    @Test
    void proseListShowsUpcomingFirstWithTheZoneAbbreviation() {
        run("--db", db(), "sample", "load");
        add("--title", "Upcoming", "--start", "2027-03-04T09:00", "--zone", "Europe/Brussels", "--minutes", "60");
        Run r = run("--db", db(), "events", "list");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("Upcoming").contains("09:00 CET").contains("scheduled");
        assertThat(lines.get(1)).contains("Social Innovation for Migrant Integration").contains("CEST");
        assertThat(lines.get(2)).contains("European Cities on the Front Line");
    }

    @Test
    void badInputExitsOneNamingTheFieldAndWritesNothing() {
        assertBadInput("zone", "--title", "T", "--start", "2026-05-28T10:00", "--zone", "Mars/Olympus", "--minutes", "60");
        assertBadInput("start", "--title", "T", "--start", "28/05/2026 10:00", "--zone", "Europe/Rome", "--minutes", "60");
        assertBadInput("start", "--title", "T", "--start", "2026-02-30T10:00", "--zone", "Europe/Rome", "--minutes", "60");
        assertBadInput("minutes", "--title", "T", "--start", "2026-05-28T10:00", "--zone", "Europe/Rome", "--minutes", "0");
        assertBadInput("minutes", "--title", "T", "--start", "2026-05-28T10:00", "--zone", "Europe/Rome", "--minutes", "-30");
        assertBadInput("minutes", "--title", "T", "--start", "2026-05-28T10:00", "--zone", "Europe/Rome", "--minutes", "an hour");
        assertBadInput("title", "--title", "  ", "--start", "2026-05-28T10:00", "--zone", "Europe/Rome", "--minutes", "60");
        assertBadInput("start", "--title", "T", "--start", "2026-03-29T02:30", "--zone", "Europe/Rome", "--minutes", "60");
        assertThat(run("--db", db(), "events", "list", "--json").json()).isEmpty();
    }

    private void assertBadInput(String field, String... args) {
        Run r = add(args);
        assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).as(String.join(" ", args)).contains(field + ":");
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(run("--db", db(), "events", "frobnicate").code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("--db", db(), "events", "add", "--title", "Missing the rest").code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("--no-such-option").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void anUnknownEventIsBadInput() {
        Run r = run("--db", db(), "events", "show", "42");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("no event 42");
    }

    @Test
    void sampleLoadIsIdempotent() {
        assertThat(run("--db", db(), "sample", "load").out()).contains("Added 2");
        Run again = run("--db", db(), "sample", "load", "--json");
        assertThat(again.json().get("eventsAdded").asInt()).isZero();
        assertThat(run("--db", db(), "events", "list", "--json").json()).hasSize(2);
    }

    @Test
    void showPrintsTheSampleEventWithPanelAndAgenda() {
        run("--db", db(), "sample", "load");
        Run r = run("--db", db(), "events", "show", "1");
        assertThat(r.out()).contains("European Cities on the Front Line", "Thu 28 May 2020, 10:00 CEST",
                "Laurence Hart — opening-remarks", "10:25", "City testimonies");
    }

    @Test
    void aDbInAMissingFolderCreatesTheFolder() {
        Path nested = dir.resolve("new/folder/book.db");
        Run r = run("--db", nested.toString(), "events", "list");
        assertThat(r.code()).isZero();
        assertThat(nested).exists();
    }

    @Test
    void aFileThatIsNotABookIsReportedAndLeftUntouched() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "my meeting notes", StandardCharsets.UTF_8);
        Run r = run("--db", notes.toString(), "events", "list");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("not a Podium book");
        assertThat(Files.readString(notes)).isEqualTo("my meeting notes");
    }
}
