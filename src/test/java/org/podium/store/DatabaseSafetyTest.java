package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Series;

/** The book's own guards: a backup before every migration, read-only opening, a busy book. */
class DatabaseSafetyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T17:45:03Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** A book as Podium's first schema left it, holding one series. */
    private Path bookAtSchemaOne() throws SQLException, IOException {
        Path file = dir.resolve("book.db");
        String script;
        try (InputStream in = Database.class.getResourceAsStream("/org/podium/db/001.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : Database.statements(script)) {
                st.execute(sql);
            }
            st.execute("INSERT INTO series(name) VALUES ('ADMin4ALL')");
            st.execute("PRAGMA user_version = 1");
        }
        return file;
    }

    @Test
    void aBookAtAnOlderSchemaIsBackedUpBeforeItIsMigrated() throws Exception {
        Path file = bookAtSchemaOne();

        try (Database db = Database.open(file, CLOCK)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }

        Path copy = dir.resolve("backups").resolve("book-2026-11-23T17-45-03-pre-migration-v1.db");
        assertThat(copy).isRegularFile();
        BookFacts facts = BookCopy.inspect(copy);
        assertThat(facts.schemaVersion()).isEqualTo(1);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            assertThat(Sql.count(c, "SELECT count(*) FROM series WHERE name='ADMin4ALL'")).isEqualTo(1);
        }
        assertThat(new Backups(file).list()).extracting(Backups.Entry::kind).containsExactly(Backups.Kind.PRE_MIGRATION);
    }

    @Test
    void migratingABookOfTheFirstSchemaLeavesRegistrationsOneIndexByEventAndAddress() throws Exception {
        Path file = bookAtSchemaOne();

        try (Database db = Database.open(file, CLOCK)) {
            List<String> indexes = db.read(c -> Sql.list(c, "SELECT name FROM sqlite_schema WHERE type='index'"
                    + " AND tbl_name='registration' AND sql IS NOT NULL", rs -> rs.getString(1)));
            assertThat(indexes).containsExactly("registration_by_email");
        }
    }

    @Test
    void aBookThatCannotBeBackedUpIsNotMigrated() throws Exception {
        Path file = bookAtSchemaOne();
        Files.writeString(dir.resolve("backups"), "a file where the folder should be");

        assertThatThrownBy(() -> Database.open(file, CLOCK))
                .isInstanceOf(BookRefusedException.class)
                .hasMessageContaining("could not be backed up first");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(DatabaseTest.pragma(c, "user_version")).isEqualTo("1");
        }
    }

    @Test
    void aNewBookAndAnUpToDateBookTakeNoBackup() {
        Path file = dir.resolve("book.db");
        Database.open(file, CLOCK).close();
        Database.open(file, CLOCK).close();
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void aBookOpenedReadOnlySeesTheDataAndRefusesEveryWrite() {
        Path file = dir.resolve("book.db");
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            new SeriesStore(db).insert(Series.named("ADMin4ALL"));
            try (Database second = Database.openReadOnly(file)) {
                assertThat(second.readOnly()).isTrue();
                assertThat(new SeriesStore(second).all()).extracting(Series::name).containsExactly("ADMin4ALL");
                assertThatThrownBy(() -> new SeriesStore(second).insert(Series.named("Other")))
                        .isInstanceOf(StoreException.class)
                        .hasMessageContaining("open read-only").hasMessageContaining("nothing was changed");
                new SeriesStore(db).insert(Series.named("Later"));
                assertThat(new SeriesStore(second).all()).as("sees the other window's writes").hasSize(2);
            }
        }
    }

    @Test
    void readOnlyOpeningNeedsAnExistingBookAtThisSchema() throws Exception {
        assertThatThrownBy(() -> Database.openReadOnly(dir.resolve("missing.db")))
                .isInstanceOf(BookRefusedException.class).hasMessageContaining("no book");
        Path old = bookAtSchemaOne();
        assertThatThrownBy(() -> Database.openReadOnly(old))
                .isInstanceOf(BookRefusedException.class).hasMessageContaining("schema 1");
    }

    @Test
    void aWriteWhileAnotherPodiumWritesWaitsForTheBusyTimeoutThenFailsCleanly() throws Exception {
        Path file = dir.resolve("book.db");
        try (Database window = Database.open(file, Clock.systemDefaultZone()); Database script = Database.open(file, Clock.systemDefaultZone())) {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> windowWrite = CompletableFuture.runAsync(() -> window.write(c -> {
                new SeriesStore(window).insert(Series.named("From the window"));
                holding.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

            long started = System.nanoTime();
            assertThatThrownBy(() -> new SeriesStore(script).insert(Series.named("From the script")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("is busy: another Podium is writing to it")
                    .hasMessageContaining("Nothing was changed");
            long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertThat(waitedMs).as("waited for the busy timeout").isGreaterThanOrEqualTo(Database.BUSY_TIMEOUT_MS - 500);

            release.countDown();
            windowWrite.get(30, TimeUnit.SECONDS);
            assertThat(new SeriesStore(script).all()).extracting(Series::name).containsExactly("From the window");
            assertThat(script.quickCheck()).isEmpty();
        }
    }
}
