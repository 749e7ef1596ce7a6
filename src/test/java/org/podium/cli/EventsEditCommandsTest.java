package org.podium.cli;
import org.podium.cli.CliHarness.Run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.common.ExitCode;

/** {@code events update, duplicate, delete, restore} run in-process, with their exit codes. */
class EventsEditCommandsTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private String id;

    private final CliHarness cli = new CliHarness(NOW);

    private Run run(String... args) {
        return cli.run(args);
    }

    private Run events(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("book.db").toString(), "events"));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private JsonNode show(String eventId) {
        Run r = events("show", eventId, "--json");
        assertThat(r.code()).as(r.err()).isZero();
        return r.json();
    }

    @BeforeEach
    void addOne() {
        Run added = events("add", "--title", "Cities and climate", "--start", "2026-12-03T10:00", "--zone",
                "Europe/Rome", "--minutes", "60", "--platform", "WebEx");
        assertThat(added.code()).as(added.err()).isZero();
        id = added.out().strip();
    }

    @Test
    void updateChangesOnlyTheOptionsGiven() {
        JsonNode before = show(id);

        Run r = events("update", id, "--title", "Cities, climate and migration", "--capacity", "250",
                "--status", "draft", "--kind", "in-person", "--registration-url", "https://example.org/register",
                "--second-title", "Città e clima", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode after = r.json();
        assertThat(after.get("title").asText()).isEqualTo("Cities, climate and migration");
        assertThat(after.get("secondTitle").asText()).isEqualTo("Città e clima");
        assertThat(after.get("capacity").asInt()).isEqualTo(250);
        assertThat(after.get("status").asText()).isEqualTo("draft");
        assertThat(after.get("kind").asText()).isEqualTo("in-person");
        assertThat(after.get("registrationUrl").asText()).isEqualTo("https://example.org/register");
        for (String unchanged : List.of("id", "uid", "start", "zone", "minutes", "platform", "subtitle")) {
            assertThat(after.get(unchanged)).as(unchanged).isEqualTo(before.get(unchanged));
        }
        assertThat(r.err()).isEmpty();
    }

    @Test
    void updatePrintsTheEventAsShowDoes() {
        Run r = events("update", id, "--start", "2026-12-03T11:00", "--minutes", "90");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(events("show", id).out());
        assertThat(r.out()).contains("Thu 3 Dec 2026, 11:00 CET", "90 minutes");
    }

    @Test
    void anEmptyCapacityRemovesTheLimitAndAnEmptyLinkClearsIt() {
        events("update", id, "--capacity", "10", "--report-url", "https://example.org/report.pdf");

        Run r = events("update", id, "--capacity", "", "--report-url", "", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("capacity").isNull()).isTrue();
        assertThat(r.json().get("reportUrl").asText()).isEmpty();
        assertThat(events("update", id, "--capacity", "0", "--json").json().get("capacity").asInt()).isZero();
    }

    @Test
    void badValuesExitOneNamingTheFieldAndChangeNothing() {
        JsonNode before = show(id);

        assertBadInput("start", "--start", "3 Dec 2026 10:00");
        assertBadInput("start", "--start", "2026-03-29T02:30");
        assertBadInput("zone", "--zone", "Europe/Atlantis");
        assertBadInput("minutes", "--minutes", "0");
        assertBadInput("minutes", "--minutes", "an hour");
        assertBadInput("capacity", "--capacity", "-1");
        assertBadInput("capacity", "--capacity", "lots");
        assertBadInput("title", "--title", "  ");
        assertBadInput("kind", "--kind", "seminar");
        assertBadInput("access-url", "--access-url", "ftp://files.example.org/");
        assertBadInput("recording-url", "--recording-url", "https://");
        // A good value before a bad one must not be half-applied.
        assertBadInput("report-url", "--title", "Half-applied?", "--report-url", "the report page");

        assertThat(show(id)).isEqualTo(before);
    }

    @Test
    void theMessagesSayWhatIsAllowed() {
        Run link = events("update", id, "--registration-url", "mailto:x@x.org");
        assertThat(link.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(link.err()).contains(
                "registration-url: 'mailto:x@x.org' is not a web address: it must start with https:// or http://");

        Run status = events("update", id, "--status", "postponed");
        assertThat(status.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(status.err()).contains("status:", "postponed", "draft, scheduled, concluded, cancelled");
    }

    @Test
    void aLinkWithoutSchemeIsCompletedToHttps() {
        Run r = events("update", id, "--registration-url", "eea.iom.int/events/x", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("registrationUrl").asText()).isEqualTo("https://eea.iom.int/events/x");
    }

    private void assertBadInput(String field, String... options) {
        List<String> args = new ArrayList<>(List.of("update", id));
        args.addAll(List.of(options));
        Run r = events(args.toArray(String[]::new));
        assertThat(r.code()).as(String.join(" ", options) + " → " + r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).as(String.join(" ", options)).contains(field + ":");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anAmbiguousStartIsAcceptedWithANoteOnStderr() {
        Run r = events("update", id, "--start", "2026-10-25T02:30", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("offset").asText()).isEqualTo("+02:00");
        assertThat(r.err().strip()).isEqualTo(
                "note: 02:30 happens twice on 2026-10-25 in Europe/Rome; using the first, +02:00");
    }

    @Test
    void addNotesAnAmbiguousStartToo() {
        Run r = events("add", "--title", "Fall back", "--start", "2026-10-25T02:30", "--zone", "Europe/Rome",
                "--minutes", "30");

        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).matches("\\d+");
        assertThat(r.err()).contains("note: 02:30 happens twice on 2026-10-25 in Europe/Rome; using the first, +02:00");
        assertThat(events("add", "--title", "Plain", "--start", "2026-10-26T02:30", "--zone", "Europe/Rome",
                "--minutes", "30").err()).isEmpty();
    }

    @Test
    void absurdStartsAndLengthsAreBadInputNamingTheField() {
        Run farYear = events("add", "--title", "Far", "--start", "+999999999-01-01T10:00", "--zone", "Europe/Rome",
                "--minutes", "30");
        assertThat(farYear.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(farYear.err()).contains("start: the start must be between the years 1900 and 2200");

        Run endless = events("update", id, "--minutes", "2147483647");
        assertThat(endless.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(endless.err()).contains("minutes: minutes must be from 1 to 10080 minutes (a week)");
        assertThat(show(id).get("minutes").asInt()).isEqualTo(60);
    }

    @Test
    void unknownEventsAreBadInput() {
        Run update = events("update", "42", "--title", "Nope");
        assertThat(update.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(update.err()).contains("no event 42");
        assertThat(events("duplicate", "42", "--start", "2027-01-14T10:00").code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(events("delete", "42").code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(events("restore", "42").code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(events("update", "forty-two", "--title", "Nope").err()).contains("EVENT:");
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(events("update").code()).as("no id").isEqualTo(ExitCode.USAGE);
        assertThat(events("update", id).code()).as("nothing to change").isEqualTo(ExitCode.USAGE);
        assertThat(events("update", id, "--colour", "red").code()).isEqualTo(ExitCode.USAGE);
        assertThat(events("update", id, "--title").code()).as("option without value").isEqualTo(ExitCode.USAGE);
        assertThat(events("duplicate", id).code()).as("no --start").isEqualTo(ExitCode.USAGE);
        assertThat(events("delete").code()).isEqualTo(ExitCode.USAGE);
        assertThat(events("restore", id, id).code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void duplicatePrintsTheNewIdOrTheNewEvent() {
        events("update", id, "--registration-url", "https://example.org/register", "--capacity", "100");

        Run r = events("duplicate", id, "--start", "2027-01-14T10:00");

        assertThat(r.code()).as(r.err()).isZero();
        String copy = r.out().strip();
        assertThat(copy).isNotEqualTo(id);
        JsonNode shown = show(copy);
        assertThat(shown.get("title").asText()).isEqualTo("Cities and climate");
        assertThat(shown.get("start").asText()).isEqualTo("2027-01-14T10:00");
        assertThat(shown.get("capacity").asInt()).isEqualTo(100);
        assertThat(shown.get("registrationUrl").asText()).isEmpty();
        assertThat(shown.get("uid").asText()).isNotEqualTo(show(id).get("uid").asText());

        Run json = events("duplicate", id, "--start", "2027-02-11T10:00", "--json");
        assertThat(json.json().get("start").asText()).isEqualTo("2027-02-11T10:00");
        assertThat(json.json().get("status").asText()).isEqualTo("scheduled");
        assertThat(events("list", "--json").json()).hasSize(3);
    }

    @Test
    void duplicateIntoTheGapExitsOneAndWritesNothing() {
        Run r = events("duplicate", id, "--start", "2027-03-28T02:15");

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("start:");
        assertThat(events("duplicate", id, "--start", "tomorrow").err()).contains("start:");
        assertThat(events("list", "--json").json()).hasSize(1);
    }

    @Test
    void deleteMovesToTheTrashAndRestoreBringsItBack() {
        Run deleted = events("delete", id);

        assertThat(deleted.code()).as(deleted.err()).isZero();
        assertThat(deleted.out().strip()).isEqualTo("Moved event " + id
                + " “Cities and climate” to the trash; restore it with: events restore " + id);
        assertThat(events("list", "--json").json()).isEmpty();
        assertThat(events("show", id).code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(events("delete", id).code()).as("already in the trash").isEqualTo(ExitCode.BAD_INPUT);

        Run restored = events("restore", id);

        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored event " + id, "Cities and climate");
        assertThat(events("list", "--json").json()).hasSize(1);
        assertThat(events("restore", id).code()).as("not in the trash any more").isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void deleteAndRestoreSpeakJson() {
        JsonNode deleted = events("delete", id, "--json").json();
        assertThat(deleted.get("id").asText()).isEqualTo(id);
        assertThat(deleted.get("inTrash").asBoolean()).isTrue();

        JsonNode restored = events("restore", id, "--json").json();
        assertThat(restored.get("id").asText()).isEqualTo(id);
        assertThat(restored.get("title").asText()).isEqualTo("Cities and climate");
    }
}
