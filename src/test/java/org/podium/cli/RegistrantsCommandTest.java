package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.CliHarness.Run;

/** registrants import/list/count and attendance import, run as a script would. */
class RegistrantsCommandTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final CliHarness cli = new CliHarness(NOW);
    private String event;

    private String db() {
        return dir.resolve("book.db").toString();
    }

    private Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    private String fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/podium/exchange/csv/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes()).toString();
        }
    }

    private String file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
    }

    @BeforeEach
    void addEvent() {
        Run added = run("events", "add", "--title", "Cities and climate", "--start", "2026-05-28T10:00", "--zone",
                "Europe/Rome", "--minutes", "60");
        assertThat(added.code()).as(added.err()).isZero();
        event = added.out().strip();
    }

    @Test
    void anAddressErasedOnRequestIsNotBroughtBackByAPlainImportNorByAnAttendanceReport() throws IOException {
        Run erased = run("privacy", "erase", "ana.rossi@comune.milano.it");
        assertThat(erased.code()).as(erased.err()).isZero();
        assertThat(run("privacy", "erase", "greta.weber@berlin.de").code()).isZero();

        Run imported = run("registrants", "import", "--event", event, fixture("generic-english.csv"), "--json");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.json().get("imported").asLong()).isEqualTo(2);
        assertThat(imported.json().get("erasedSkipped").asLong()).isEqualTo(1);
        Run prose = run("registrants", "import", "--event", event, fixture("generic-english.csv"));
        assertThat(prose.out()).contains("1 erased on request skipped");

        Run attendance = run("attendance", "import", "--event", event, fixture("zoom-attendee.csv"), "--json");
        assertThat(attendance.code()).as(attendance.err()).isZero();
        assertThat(attendance.json().get("erasedSkipped").asLong()).as("Ana's two rows and Greta's").isEqualTo(3);
        assertThat(run("attendance", "import", "--event", event, fixture("zoom-attendee.csv")).out())
                .contains("3 erased on request skipped");

        JsonNode list = run("registrants", "list", "--event", event, "--json").json();
        assertThat(list).extracting(r -> r.get("email").asText())
                .doesNotContain("ana.rossi@comune.milano.it", "greta.weber@berlin.de").contains("jan.kowalski@gdansk.pl");
    }

    @Test
    void anAddressHoldingAControlCharacterIsRefusedWithItsLineAndInvisibleOnesAreRemoved() throws IOException {
        String file = file("people.csv", "Email,First Name\n\uFEFFana@x.org\u200B,Ana\nbo\u0001@x.org,Bo\n"
                + "\u00ADcy@x.org\u2060,Cy\n");

        Run refused = run("registrants", "import", "--event", event, file);

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("people.csv:3: The address 'boU+0001@x.org' holds an invisible control"
                + " character").doesNotContain("\u0001");
        Run skipping = run("registrants", "import", "--event", event, file, "--skip-invalid", "--json");
        assertThat(skipping.code()).as(skipping.err()).isZero();
        JsonNode list = run("registrants", "list", "--event", event, "--json").json();
        assertThat(list).extracting(r -> r.get("email").asText()).containsExactly("ana@x.org", "cy@x.org");
    }

    @Test
    void importPrintsOneJsonSummaryThenListAndCountShowTheRows() throws IOException {
        Run imported = run("registrants", "import", "--event", event, fixture("generic-english.csv"), "--json");

        assertThat(imported.code()).as(imported.err()).isZero();
        JsonNode s = imported.json();
        assertThat(s.get("imported").asLong()).isEqualTo(3);
        assertThat(s.get("updated").asLong()).isZero();
        assertThat(s.get("unchanged").asLong()).isZero();
        assertThat(s.get("skipped").asLong()).isZero();
        assertThat(s.get("duplicatesInFile").asLong()).isZero();
        assertThat(s.get("errors").isArray()).isTrue();
        assertThat(s.get("errors")).isEmpty();
        assertThat(s.get("format").asText()).isEqualTo("generic");
        assertThat(s.get("written").asBoolean()).isTrue();

        JsonNode list = run("registrants", "list", "--event", event, "--json").json();
        assertThat(list).hasSize(3);
        JsonNode piotr = list.get(1);
        assertThat(piotr.get("email").asText()).isEqualTo("Piotr.Nowak@Gdansk.pl");
        assertThat(piotr.get("firstName").asText()).isEqualTo("Piotr");
        assertThat(piotr.get("lastName").asText()).isEqualTo("Nowak");
        assertThat(piotr.get("organisation").asText()).isEqualTo("City of Gdańsk, Social Development Dept.");
        assertThat(piotr.get("country").asText()).isEqualTo("PL");
        assertThat(piotr.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(piotr.get("minutesAttended").asInt()).isZero();
        assertThat(piotr.get("customAnswers").get("Dietary needs").asText()).isEqualTo("Vegetarian");
        // The one registrant form of the event file: every field, in its order.
        assertThat(piotr.fieldNames()).toIterable().containsExactly("email", "firstName", "lastName",
                "organisation", "jobTitle", "city", "country", "language", "registeredAt", "source", "status",
                "minutesAttended", "consent", "consentAt", "consentSource", "customAnswers", "notes");

        assertThat(run("registrants", "count", "--event", event, "--json").json().get("count").asLong()).isEqualTo(3);
        assertThat(run("registrants", "count", "--event", event).out().strip()).isEqualTo("3");
        Run prose = run("registrants", "list", "--event", event);
        assertThat(prose.out()).contains("ana.rossi@comune.milano.it").contains("Liam Patuzzi");
    }

    @Test
    void aBadRowWithoutSkipInvalidExitsOneNamesFileAndLineAndWritesNothing() throws IOException {
        String bad = file("registrants.csv", "Email,First Name\nbo@x.org,Bo\nana@,Ana\n");

        Run refused = run("registrants", "import", "--event", event, bad, "--json");

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("registrants.csv:3: Invalid email 'ana@'");
        JsonNode s = refused.json();
        assertThat(s.get("written").asBoolean()).isFalse();
        assertThat(s.get("errors").get(0).get("line").asLong()).isEqualTo(3);
        assertThat(s.get("errors").get(0).get("message").asText()).startsWith("Invalid email 'ana@'");
        assertThat(run("registrants", "count", "--event", event).out().strip()).isEqualTo("0");

        Run prose = run("registrants", "import", "--event", event, bad);
        assertThat(prose.code()).isEqualTo(1);
        assertThat(prose.out()).contains("Nothing was written").contains("--skip-invalid");

        Run skipped = run("registrants", "import", "--event", event, bad, "--skip-invalid", "--json");
        assertThat(skipped.code()).isZero();
        assertThat(skipped.json().get("skipped").asLong()).isEqualTo(1);
        assertThat(run("registrants", "count", "--event", event).out().strip()).isEqualTo("1");
    }

    @Test
    void dryRunAndUpdateAndFormat() throws IOException {
        String zoom = fixture("zoom-registration.csv");
        Run dry = run("registrants", "import", "--event", event, zoom, "--dry-run", "--format", "zoom", "--json");
        assertThat(dry.code()).isZero();
        assertThat(dry.json().get("imported").asLong()).isEqualTo(3);
        assertThat(dry.json().get("dryRun").asBoolean()).isTrue();
        assertThat(run("registrants", "count", "--event", event).out().strip()).isEqualTo("0");

        assertThat(run("registrants", "import", "--event", event, zoom).code()).isZero();
        String changed = file("changed.csv", "Email,Job Title\nana.rossi@comune.milano.it,Director\n"
                + "marie.dupont@paris.fr,Adjointe au maire\n");
        JsonNode updated = run("registrants", "import", "--event", event, changed, "--update", "--json").json();
        assertThat(updated.get("updated").asLong()).isEqualTo(1);
        assertThat(updated.get("unchanged").asLong()).isEqualTo(1);

        JsonNode cancelled = run("registrants", "list", "--event", event, "--status", "cancelled", "--json").json();
        assertThat(cancelled).singleElement().satisfies(r -> assertThat(r.get("email").asText())
                .isEqualTo("tom.becker@wien.gv.at"));
        assertThat(run("registrants", "count", "--event", event, "--status", "registered").out().strip()).isEqualTo("2");

        Run wrongFormat = run("registrants", "import", "--event", event, fixture("generic-english.csv"), "--format",
                "zoom");
        assertThat(wrongFormat.code()).isEqualTo(1);
        assertThat(wrongFormat.err()).contains("generic-english.csv:1: This does not look like a Zoom report");
    }

    @Test
    void attendanceImportReconcilesAndSummarises() throws IOException {
        run("registrants", "import", "--event", event, fixture("zoom-registration.csv"));

        Run r = run("attendance", "import", "--event", event, fixture("zoom-attendee.csv"), "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode s = r.json();
        assertThat(s.get("attended").asLong()).isEqualTo(1);
        assertThat(s.get("noShow").asLong()).isEqualTo(1);
        assertThat(s.get("unregisteredAttendees").asLong()).isEqualTo(2);
        assertThat(s.get("errors")).isEmpty();
        JsonNode ana = run("registrants", "list", "--event", event, "--status", "attended", "--json").json().get(0);
        assertThat(ana.get("email").asText()).isEqualTo("ana.rossi@comune.milano.it");
        assertThat(ana.get("minutesAttended").asInt()).isEqualTo(55);

        Run prose = run("attendance", "import", "--event", event, fixture("zoom-attendee.csv"));
        assertThat(prose.out()).contains("3 attended, 1 no-show, 0 unregistered attendees added");
    }

    @Test
    void usageAndMissingThings() throws IOException {
        assertThat(run("registrants", "import", fixture("eventbrite.csv")).code()).as("no --event").isEqualTo(2);
        assertThat(run("registrants", "import", "--event", event, "--bogus", "x.csv").code()).isEqualTo(2);
        Run badFormat = run("registrants", "import", "--event", event, fixture("eventbrite.csv"), "--format", "excel");
        assertThat(badFormat.code()).isEqualTo(1);
        assertThat(badFormat.err()).contains("format: 'excel' is not one of auto, generic, zoom, eventbrite, teams");
        Run noEvent = run("registrants", "import", "--event", "99", fixture("eventbrite.csv"));
        assertThat(noEvent.code()).isEqualTo(1);
        assertThat(noEvent.err()).contains("There is no event 99.");
        Run missing = run("registrants", "import", "--event", event, dir.resolve("nope.csv").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.csv: Cannot read nope.csv: there is no such file.");
        assertThat(run("registrants", "list", "--event", "99").code()).isEqualTo(1);
        assertThat(run("registrants", "count", "--event", event, "--status", "maybe").code()).isEqualTo(1);
    }
}
