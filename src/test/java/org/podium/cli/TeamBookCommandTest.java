package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.CliHarness.Run;
import org.podium.store.TeamAddress;
import org.podium.store.TestPostgres;

/**
 * The commands on a team book, {@code --db postgresql://…}, against a real PostgreSQL server:
 * the same commands as on a laptop book, a reader's role refused every write, and what a team
 * book leaves to its server (restores, the daily copies) refused pointing there.
 */
class TeamBookCommandTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final CliHarness cli = new CliHarness(NOW);
    private TeamAddress team;

    @BeforeEach
    void newTeamBook() {
        team = TestPostgres.newDatabase();
    }

    private Run on(TeamAddress address, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = TestPostgres.url(address);
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    private String addEvent(TeamAddress address, String title) {
        Run added = on(address, "events", "add", "--title", title, "--start", "2026-12-03T10:00", "--zone",
                "Europe/Rome", "--minutes", "60");
        assertThat(added.code()).as(added.err()).isZero();
        return added.out().strip();
    }

    @Test
    void anEmptyDatabaseBecomesATeamBookThatTheCommandsUseAsALaptopBook() {
        Run empty = on(team, "events", "list");
        assertThat(empty.code()).as(empty.err()).isZero();
        assertThat(empty.out()).contains("No events in " + team);
        addEvent(team, "Borders and belonging");
        String id = addEvent(team, "Cities and climate");

        Run list = on(team, "events", "list", "--json");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.json()).hasSize(2);
        JsonNode shown = on(team, "events", "show", id, "--json").json();
        assertThat(shown.get("title").asText()).isEqualTo("Cities and climate");
        assertThat(shown.get("version").asLong()).isEqualTo(1);

        Run updated = on(team, "events", "update", id, "--platform", "WebEx", "--expect-version", "1");
        assertThat(updated.code()).as(updated.err()).isZero();
        JsonNode after = on(team, "events", "show", id, "--json").json();
        assertThat(after.get("version").asLong()).isEqualTo(2);
        assertThat(after.get("changedBy").asText()).isEqualTo(System.getProperty("user.name"));
        Run stale = on(team, "events", "update", id, "--platform", "Zoom", "--expect-version", "1");
        assertThat(stale.code()).isEqualTo(1);
        assertThat(stale.err()).contains("changed");
    }

    @Test
    void versionNamesTheTeamBooksServerAndItsVersion() {
        Run version = on(team, "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).containsPattern("Team book server PostgreSQL \\d+\\.\\d+.* at localhost:\\d+");
    }

    @Test
    void aRoleThatMayOnlyReadListsTheBookAndEveryWriteExitsOneSayingTheAccessIsReadOnly() {
        addEvent(team, "Borders and belonging");
        addEvent(team, "Cities and climate");
        String schema = team.parameters().get("currentSchema");
        String reader = "reader_" + schema;
        TestPostgres.superuser("CREATE ROLE " + reader + " LOGIN", "GRANT USAGE ON SCHEMA " + schema + " TO " + reader,
                "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + reader);
        TeamAddress asReader = TestPostgres.address(reader, schema);

        Run list = on(asReader, "events", "list", "--json");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.json()).hasSize(2);
        Run add = on(asReader, "events", "add", "--title", "Not allowed", "--start", "2026-12-03T10:00", "--zone",
                "Europe/Rome", "--minutes", "60");
        assertThat(add.code()).isEqualTo(1);
        assertThat(add.err()).startsWith("podium: ").contains("read-only").contains(reader).doesNotContain("Exception");
        assertThat(on(team, "events", "list", "--json").json()).hasSize(2);
    }

    @Test
    void restoreAndTheDailyCopyAreRefusedPointingToTheServersOwnTools() {
        addEvent(team, "Borders and belonging");
        addEvent(team, "Cities and climate");
        Path backup = dir.resolve("laptop.db");
        assertThat(cli.run("--db", backup.toString(), "events", "list").code()).isZero();

        Run restore = on(team, "restore", backup.toString());
        assertThat(restore.code()).isEqualTo(1);
        assertThat(restore.err()).contains("team book").contains("pg_restore").doesNotContain("Exception");
        Run daily = on(team, "backup");
        assertThat(daily.code()).as(daily.out() + daily.err()).isEqualTo(1);
        assertThat(daily.err()).contains("pg_dump");
        assertThat(on(team, "events", "list", "--json").json()).hasSize(2);
    }
}
