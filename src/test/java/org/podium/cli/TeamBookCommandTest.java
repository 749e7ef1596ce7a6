package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.CliHarness.Run;
import org.podium.domain.Registration;
import org.podium.store.PostgresBook;
import org.podium.store.RegistrationStore;
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
    void aServerThatTakesNoMoreConnectionsExitsOneWithOneLineSayingItIsBusy() {
        Run list = on(TestPostgres.editorOfNewBook("limited", "CONNECTION LIMIT 0"), "events", "list");

        assertThat(list.code()).isEqualTo(1);
        assertThat(list.err()).startsWith("podium: The PostgreSQL server at localhost:")
                .contains("is busy and takes no more connections now").contains("Try again in a moment")
                .doesNotContain("Exception");
        assertThat(list.err().strip().lines()).hasSize(1);
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

    @Test
    void backupToAFileWritesALaptopBookThatListsWhatTheTeamBookListsAndKeepsItsVersions() throws Exception {
        String id = addEvent(team, "Borders and belonging");
        addEvent(team, "Cities and climate");
        assertThat(on(team, "events", "update", id, "--platform", "WebEx", "--expect-version", "1").code()).isZero();
        try (PostgresBook server = PostgresBook.open(team, null)) {
            RegistrationStore registrations = new RegistrationStore(server);
            registrations.insert(Registration.of(Long.parseLong(id), "anna@example.org", "Anna", "Rossi",
                    NOW.instant()));
            registrations.insert(Registration.of(Long.parseLong(id), "emile@example.org", "Émile", "Durand",
                    NOW.instant()));
        }
        Path laptop = dir.resolve("laptop.db");
        Files.writeString(laptop, "an older file of that name, replaced whole");

        Run backup = on(team, "backup", "-o", laptop.toString());

        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("laptop copy").contains(team.toString()).contains(laptop.toString());
        assertThat(dir.toFile().list()).as("no temporary or journal file left").containsOnly("laptop.db");
        for (String[] command : List.of(new String[] {"events", "list", "--json"},
                new String[] {"events", "show", id, "--json"},
                new String[] {"registrants", "list", "--event", id, "--json"})) {
            Run onLaptop = cli.run(with(laptop, command));
            assertThat(onLaptop.code()).as(onLaptop.err()).isZero();
            assertThat(onLaptop.json()).as(String.join(" ", command)).isEqualTo(on(team, command).json());
        }
        assertThat(cli.run(with(laptop, "registrants", "list", "--event", id, "--json")).json()).hasSize(2);
        Run update = cli.run(with(laptop, "events", "update", id, "--platform", "Zoom", "--expect-version", "2"));
        assertThat(update.code()).as("the version the team book gave means the same on the copy: " + update.err())
                .isZero();
    }

    @Test
    void aLaptopCopyToATargetThatCannotBeWrittenExitsOneNamingItAndWritesNoFile() throws Exception {
        addEvent(team, "Borders and belonging");
        Path missing = dir.resolve("no-such-folder").resolve("laptop.db");
        Path protectedFile = Files.writeString(dir.resolve("kept.db"), "kept");
        Files.setPosixFilePermissions(protectedFile, PosixFilePermissions.fromString("r--r--r--"));

        Run toMissing = on(team, "backup", "-o", missing.toString());
        Run toProtected = on(team, "backup", "-o", protectedFile.toString());

        assertThat(toMissing.code()).isEqualTo(1);
        assertThat(toMissing.err()).contains(missing.toString()).contains("does not exist").doesNotContain("Exception");
        assertThat(toProtected.code()).isEqualTo(1);
        assertThat(toProtected.err()).contains(protectedFile.toString()).contains("read-only");
        assertThat(Files.readString(protectedFile)).isEqualTo("kept");
        assertThat(dir.toFile().list()).containsOnly("kept.db");
    }

    private static String[] with(Path book, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = book.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }
}
