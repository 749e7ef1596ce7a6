package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.CliHarness.Run;
import org.podium.store.TestPostgres;

/**
 * Registrant and attendance imports into a team book through {@code COPY}: the same summary
 * and the same stored rows as the laptop book's import of the same files, all or nothing.
 */
class TeamBookImportCommandTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final String FIRST = "Email,First Name,Last Name,Organisation,Status\n"
            + "ana.rossi@comune.milano.it,Ana,Rossi,Comune di Milano,registered\n"
            + "tom.becker@wien.gv.at,Tom,Becker,Stadt Wien,registered\n"
            + "ANA.ROSSI@comune.milano.it,Anna,R.,Comune,registered\n"
            + "zoë.dubois@paris.fr,Zoë,Dubois,\"Ville de Paris, Mairie\",waitlisted\n"
            + "quiet@example.org,Quiet,Person,,registered\n"
            + "tom.becker@wien.gv.at,Thomas,Becker,,registered\n";
    private static final String SECOND = "Email,First Name,Job Title,Status\n"
            + "tom.becker@wien.gv.at,,Director,cancelled\n"
            + "new.one@gdansk.pl,Nowy,,registered\n"
            + "ana.rossi@comune.milano.it,Ana,,registered\n"
            + "new.one@gdansk.pl,Again,,registered\n";

    @TempDir
    Path dir;
    private final CliHarness cli = new CliHarness(NOW);

    private Run on(String db, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    private Run ok(String db, String... args) {
        Run run = on(db, args);
        assertThat(run.code()).as(run.err()).isZero();
        return run;
    }

    private String file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
    }

    private String fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/podium/exchange/csv/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes()).toString();
        }
    }

    private String teamBook() {
        return TestPostgres.url(TestPostgres.newDatabase());
    }

    private String addEvent(String db) {
        return ok(db, "events", "add", "--title", "Cities and climate", "--start", "2026-05-28T10:00", "--zone",
                "Europe/Rome", "--minutes", "60").out().strip();
    }

    /** The summaries of two imports and an attendance report, and the rows they left, ids aside. */
    private String importsInto(String db) throws IOException {
        String event = addEvent(db);
        ok(db, "suppression", "add", "quiet@example.org", "--reason", "asked by email");
        StringBuilder seen = new StringBuilder();
        seen.append(ok(db, "registrants", "import", "--event", event, file("first.csv", FIRST), "--json").out());
        seen.append(ok(db, "registrants", "import", "--event", event, file("second.csv", SECOND), "--update",
                "--json").out());
        seen.append(ok(db, "attendance", "import", "--event", event, fixture("zoom-attendee.csv"), "--json").out());
        ArrayNode rows = (ArrayNode) ok(db, "registrants", "list", "--event", event, "--json").json();
        rows.forEach(row -> ((ObjectNode) row).remove(java.util.List.of("id", "eventId")));
        return seen.append(rows.toPrettyString()).toString();
    }

    @Test
    void importsGiveTheSameSummariesAndRowsAsOnALaptopBook() throws IOException {
        String laptop = importsInto(dir.resolve("book.db").toString());
        String team = importsInto(teamBook());
        // The laptop book's small import cannot tell which earlier row a repeat repeats; COPY can.
        assertThat(team).contains("ANA.ROSSI@comune.milano.it appears again: the row on line 2 is kept",
                "tom.becker@wien.gv.at appears again: the row on line 3 is kept",
                "new.one@gdansk.pl appears again: the row on line 3 is kept");
        assertThat(team.replaceAll("the row on line \\d+ is kept", "an earlier row is kept")).isEqualTo(laptop);
        assertThat(laptop).contains("\"duplicatesInFile\" : 2", "\"updated\" : 1", "\"unregisteredAttendees\" : 2");
    }

    @Test
    void theSampleLoadsIntoATeamBookAndItsRegistrantsList() {
        String team = teamBook();
        ok(team, "sample", "load");
        JsonNode events = ok(team, "events", "list", "--json").json();
        assertThat(events).isNotEmpty();
        long registrants = 0;
        for (JsonNode event : events) {
            registrants += ok(team, "registrants", "list", "--event", event.get("id").asText(), "--json").json().size();
        }
        assertThat(registrants).isPositive();
    }

    @Test
    void aBrokenLineNamesFileAndLineAndWritesNothing() throws IOException {
        String team = teamBook();
        String event = addEvent(team);
        String bad = file("broken.csv", "Email,First Name\nana@x.org,Ana\nbo@x.org,\"Bo\n");

        Run refused = on(team, "registrants", "import", "--event", event, bad);

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("broken.csv:3").doesNotContain("Exception");
        assertThat(ok(team, "registrants", "count", "--event", event).out().strip()).isEqualTo("0");
    }

    @Test
    void aServerConnectionLostMidImportLeavesNoRowAndSaysSoOnOneLine() throws Exception {
        String team = teamBook();
        String event = addEvent(team);
        StringBuilder rows = new StringBuilder("Email,First Name,Last Name,Organisation\n");
        for (int i = 0; i < 300_000; i++) {
            rows.append("person").append(i).append("@example.org,Person,Number ").append(i).append(",Comune\n");
        }
        String big = file("big.csv", rows.toString());
        java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
        Thread killer = new Thread(() -> {
            // Waits for the import's COPY into registration, then ends its server connection.
            while (!over.get() && !killed.get()) {
                killed.set(TestPostgres.terminate("COPY registration%"));
            }
        });
        killer.start();

        Run lost = on(team, "registrants", "import", "--event", event, big);
        over.set(true);
        killer.join();

        assertThat(killed).as("the import's connection was ended").isTrue();
        assertThat(lost.code()).isEqualTo(1);
        assertThat(lost.err()).contains("Lost the connection").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(lost.err().strip().lines()).hasSize(1);
        assertThat(ok(team, "registrants", "count", "--event", event).out().strip()).isEqualTo("0");
    }
}
