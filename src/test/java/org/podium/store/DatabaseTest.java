package org.podium.store;

import java.time.Clock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Series;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aNewBookIsCreatedAtTheCurrentSchemaInWalMode() throws SQLException {
        Path file = dir.resolve("book.db");

        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION).isPositive();
            assertThat(db.path()).isEqualTo(file.toAbsolutePath().normalize());
            assertThat(db.sqliteVersion()).matches("3\\.\\d+\\.\\d+.*");
        }

        try (Connection c = plain(file)) {
            assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(c, "page_size")).isEqualTo(String.valueOf(Database.PAGE_SIZE));
            assertThat(pragma(c, "user_version")).isEqualTo(String.valueOf(Database.SCHEMA_VERSION));
            assertThat(tables(c)).contains("series", "organisation", "event", "event_organiser", "event_sdg",
                    "person", "panel_seat", "agenda_item", "agenda_speaker", "registration", "suppression",
                    "book_setting");
        }
    }

    @Test
    void bothConnectionsWriteDurablyEnforceForeignKeysAndWaitWhenBusy() throws SQLException {
        try (Database db = Database.open(dir.resolve("book.db"), Clock.systemDefaultZone())) {
            SqlWork<List<String>> pragmas = c -> List.of(pragma(c, "synchronous"), pragma(c, "foreign_keys"),
                    pragma(c, "busy_timeout"));

            for (List<String> values : List.of(db.read(pragmas), db.write(pragmas))) {
                assertThat(values.get(0)).as("synchronous FULL").isEqualTo("2");
                assertThat(values.get(1)).as("foreign_keys").isEqualTo("1");
                assertThat(values.get(2)).as("busy_timeout").isEqualTo(String.valueOf(Database.BUSY_TIMEOUT_MS));
            }
            try (Connection side = db.sideConnection()) {
                assertThat(pragma(side, "busy_timeout")).as("the watcher's connection waits as long")
                        .isEqualTo(String.valueOf(Database.BUSY_TIMEOUT_MS));
            }
        }
    }

    @Test
    void reopeningABookKeepsItsDataAndChangesNothingInItsSchema() throws SQLException {
        Path file = dir.resolve("book.db");
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            new SeriesStore(db).insert(Series.named("ADMin4ALL"));
        }
        List<String> schemaBefore = schema(file);

        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(new SeriesStore(db).all()).extracting(Series::name).containsExactly("ADMin4ALL");
        }

        assertThat(schema(file)).isEqualTo(schemaBefore);
    }

    @Test
    void aBookMadeWithSmallerPagesKeepsThemAndItsData() throws SQLException {
        Path file = dir.resolve("book.db");
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            new SeriesStore(db).insert(Series.named("ADMin4ALL"));
        }
        try (Connection c = plain(file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA page_size = 4096");
            st.execute("VACUUM");
            st.execute("PRAGMA journal_mode = WAL");
        }

        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            assertThat(new SeriesStore(db).all()).extracting(Series::name).containsExactly("ADMin4ALL");
            SqlWork<String> pageSize = c -> pragma(c, "page_size");
            assertThat(db.read(pageSize)).isEqualTo("4096");
        }
    }

    @Test
    void aBookFromANewerPodiumIsRefusedAndLeftByteForByte() throws Exception {
        Path file = dir.resolve("book.db");
        try (Connection c = plain(file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE future_thing (id INTEGER PRIMARY KEY, name TEXT)");
            st.execute("INSERT INTO future_thing(name) VALUES ('kept as it is')");
            st.execute("PRAGMA user_version = 999");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(file, Clock.systemDefaultZone()))
                .isInstanceOfSatisfying(BookRefusedException.class, e -> {
                    assertThat(e.getMessage()).contains("newer").contains("999");
                    assertThat(e.path()).isEqualTo(file.toAbsolutePath().normalize());
                });

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("book.db-wal")).doesNotExist();
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAsNotABookAndLeftByteForByte() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "hello, not a database", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(file, Clock.systemDefaultZone()))
                .isInstanceOf(BookRefusedException.class)
                .hasMessageContaining("not a Podium book");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("notes.db-wal")).doesNotExist();
    }

    @Test
    void anEmptyFileBecomesANewBook() throws Exception {
        Path file = Files.createFile(dir.resolve("new.db"));

        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
        assertThat(BookCopy.inspect(file).schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
    }

    @Test
    void aFolderIsRefusedAsNotABook() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("book.db"));

        assertThatThrownBy(() -> Database.open(folder, Clock.systemDefaultZone()))
                .isInstanceOf(BookRefusedException.class)
                .hasMessageContaining("not a Podium book");
    }

    @Test
    void aBookInAMissingFolderCreatesTheFolder() {
        Path file = dir.resolve("Podium").resolve("books").resolve("book.db");

        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }

        assertThat(file).isRegularFile();
    }

    @Test
    void aFailedMigrationLeavesNoHalfBuiltSchema() throws Exception {
        // A table that the first migration also creates makes it fail part-way through.
        Path file = dir.resolve("book.db");
        try (Connection c = plain(file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE organisation (id INTEGER PRIMARY KEY)");
        }

        assertThatThrownBy(() -> Database.open(file, Clock.systemDefaultZone()))
                .isInstanceOf(BookRefusedException.class)
                .hasMessageContaining("migration 1 failed");

        try (Connection c = plain(file)) {
            assertThat(tables(c)).containsExactly("organisation");
            assertThat(pragma(c, "user_version")).isEqualTo("0");
        }
    }

    @Test
    void aWriteThatThrowsLeavesNothingBehindAndTheBookStaysUsable() {
        try (Database db = Database.open(dir.resolve("book.db"), Clock.systemDefaultZone())) {
            SeriesStore series = new SeriesStore(db);

            assertThatThrownBy(() -> db.write(c -> {
                series.insert(Series.named("Half done"));
                throw new IllegalStateException("the import stopped");
            })).isInstanceOf(IllegalStateException.class).hasMessage("the import stopped");

            assertThat(series.all()).isEmpty();
            series.insert(Series.named("Next"));
            assertThat(series.all()).extracting(Series::name).containsExactly("Next");
        }
    }

    @Test
    void aWriteWhoseSqlFailsBecomesAStoreExceptionAndRollsBack() {
        try (Database db = Database.open(dir.resolve("book.db"), Clock.systemDefaultZone())) {
            SeriesStore series = new SeriesStore(db);

            assertThatThrownBy(() -> db.write(c -> {
                series.insert(Series.named("Half done"));
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO no_such_table VALUES (1)");
                }
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("no_such_table");

            assertThat(series.all()).isEmpty();
        }
    }

    @Test
    void readsInsideAWriteSeeItsOwnChanges() {
        try (Database db = Database.open(dir.resolve("book.db"), Clock.systemDefaultZone())) {
            SeriesStore series = new SeriesStore(db);

            List<String> seenInside = db.write(c -> {
                series.insert(Series.named("ADMin4ALL"));
                return series.all().stream().map(Series::name).toList();
            });

            assertThat(seenInside).containsExactly("ADMin4ALL");
        }
    }

    @Test
    void statementsDropsCommentsAndBlankLinesAndGivesOneEntryPerStatement() {
        String script = """
                -- A heading comment; with a semicolon at the end;

                CREATE TABLE a (
                    id INTEGER PRIMARY KEY,
                    -- an indented comment line;
                    name TEXT NOT NULL DEFAULT ''
                );
                   \t
                CREATE INDEX a_by_name ON a(name);
                CREATE TABLE b (x INTEGER);
                """;

        assertThat(Database.statements(script)).containsExactly(
                "CREATE TABLE a (\n    id INTEGER PRIMARY KEY,\n    name TEXT NOT NULL DEFAULT ''\n);",
                "CREATE INDEX a_by_name ON a(name);",
                "CREATE TABLE b (x INTEGER);");
    }

    @Test
    void aCommentAfterASemicolonEndsTheStatementRatherThanSwallowingTheNext() {
        assertThat(Database.statements("CREATE TABLE a (x); -- note\nCREATE TABLE b (y);"))
                .containsExactly("CREATE TABLE a (x);", "CREATE TABLE b (y);");
    }

    @Test
    void statementsKeepsALastStatementWithoutSemicolonAndCopesWithWindowsLineEnds() {
        assertThat(Database.statements("CREATE TABLE a (x);\r\n-- note\r\n\r\nCREATE TABLE b (y)\r\n"))
                .containsExactly("CREATE TABLE a (x);", "CREATE TABLE b (y)");
        assertThat(Database.statements("-- only comments\n\n   \n")).isEmpty();
    }

    private static Connection plain(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    static String pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_schema WHERE type='table' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static List<String> schema(Path file) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = plain(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name")) {
            while (rs.next()) {
                lines.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
            lines.add("user_version " + pragma(c, "user_version"));
        }
        return lines;
    }
}
