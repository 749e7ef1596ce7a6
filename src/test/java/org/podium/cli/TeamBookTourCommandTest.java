package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.CliHarness.Run;
import org.podium.store.TestPostgres;

/**
 * What a coordinator does in a day, on a team book, command by command (issue 26, point 2):
 * the sample series, its panel and agenda, the .ics and the cue sheet, an event file carried to
 * a laptop book, the trash, the suppression list, a subject-access request and an erasure.
 */
class TeamBookTourCommandTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-05-20T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final CliHarness cli = new CliHarness(NOW);
    private final String team = TestPostgres.url(TestPostgres.newDatabase());

    private Run ok(String db, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(List.of(args));
        Run run = cli.run(all.toArray(String[]::new));
        assertThat(run.code()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return run;
    }

    @Test
    void everyCommandOfTheDayWorksOnATeamBookAsOnALaptopBook() throws Exception {
        ok(team, "sample", "load");
        JsonNode events = ok(team, "events", "list", "--json").json();
        assertThat(events).hasSize(2);
        String id = events.get(0).get("id").asText();

        assertThat(ok(team, "panel", "list", id).out()).isNotBlank();
        assertThat(ok(team, "agenda", "show", id).out()).isNotBlank();
        Path ics = dir.resolve("event.ics");
        ok(team, "events", "ics", id, "-o", ics.toString());
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR").contains("END:VEVENT");
        Path sheet = dir.resolve("cue-sheet.pdf");
        ok(team, "panel", "sheet", id, "-o", sheet.toString());
        assertThat(Files.readAllBytes(sheet)).startsWith("%PDF".getBytes());

        Path eventFile = dir.resolve("event.json");
        ok(team, "exchange", "export", "--event", id, "--with-registrants", "-o", eventFile.toString());
        String laptop = dir.resolve("laptop.db").toString();
        ok(laptop, "exchange", "import", eventFile.toString());
        assertThat(ok(laptop, "registrants", "count", "--event", "1").out().strip())
                .isEqualTo(ok(team, "registrants", "count", "--event", id).out().strip());

        ok(team, "events", "delete", id);
        assertThat(ok(team, "events", "list", "--json").json()).hasSize(1);
        assertThat(ok(team, "trash", "list").out()).contains(events.get(0).get("title").asText());
        ok(team, "events", "restore", id);
        assertThat(ok(team, "events", "list", "--json").json()).hasSize(2);

        JsonNode registrants = ok(team, "registrants", "list", "--event", id, "--json").json();
        String email = registrants.get(0).get("email").asText();
        Path access = dir.resolve("access.json");
        ok(team, "privacy", "export", email, "-o", access.toString());
        assertThat(Files.readString(access)).contains(email.toLowerCase());
        ok(team, "privacy", "erase", email);
        assertThat(ok(team, "registrants", "list", "--event", id, "--json").json()).hasSize(registrants.size() - 1);
        assertThat(ok(team, "suppression", "list").out()).contains(email.toLowerCase());
        assertThat(ok(team, "privacy", "retention", "--months", "1").out()).isNotBlank();
    }
}
