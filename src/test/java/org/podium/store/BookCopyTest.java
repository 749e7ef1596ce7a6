package org.podium.store;

import java.time.Clock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Series;

/** Copies made by SQLite, checked before they are named, and the refusals of a restore. */
class BookCopyTest {
    @TempDir
    Path dir;

    private Path bookWithSeries(String name, String... series) {
        Path file = dir.resolve(name);
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            for (String s : series) {
                new SeriesStore(db).insert(Series.named(s));
            }
        }
        return file;
    }

    @Test
    void aBackupTakenWhileAnotherConnectionWritesIsASoundConsistentSnapshot() throws Exception {
        Path book = dir.resolve("book.db");
        try (Database db = Database.open(book, Clock.systemDefaultZone())) {
            AtomicBoolean stop = new AtomicBoolean();
            // Each transaction adds ten series, so a consistent copy holds a multiple of ten.
            CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
                int batches = 0;
                while (!stop.get() || batches < 5) {
                    int batch = batches++;
                    db.write(c -> {
                        for (int i = 0; i < 10; i++) {
                            new SeriesStore(db).insert(Series.named("Series " + batch + "." + i));
                        }
                        return null;
                    });
                }
                return batches;
            });
            Path copy = dir.resolve("copies").resolve("during.db");
            while (db.read(c -> Sql.count(c, "SELECT count(*) FROM series")) < 30) {
                Thread.onSpinWait();
            }
            BookCopy.copy(book, copy);
            stop.set(true);
            int batches = writer.get();

            BookFacts facts = BookCopy.inspect(copy);
            assertThat(facts.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
                long copied = Sql.count(c, "SELECT count(*) FROM series");
                assertThat(copied % 10).as("whole transactions only").isZero();
                assertThat(copied).isBetween(30L, batches * 10L);
                assertThat(DatabaseTest.pragma(c, "journal_mode")).as("one self-contained file").isEqualTo("delete");
            }
            assertThat(Files.list(copy.getParent())).as("no temporary file left").containsExactly(copy);
        }
    }

    @Test
    void inspectDescribesASoundBook() {
        Path book = bookWithSeries("book.db", "ADMin4ALL");
        BookFacts facts = BookCopy.inspect(book);
        assertThat(facts.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        assertThat(facts.events()).isZero();
        assertThat(facts.bytes()).isPositive();
    }

    @Test
    void aFileThatIsNotABookIsRefusedWithTheReason() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.db"), "hello, not a database", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BookCopy.inspect(text)).isInstanceOf(BookRefusedException.class)
                .hasMessageContaining("not a Podium book (not an SQLite database)");

        Path other = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)");
            st.execute("PRAGMA user_version = 1");
        }
        assertThatThrownBy(() -> BookCopy.inspect(other)).isInstanceOf(BookRefusedException.class)
                .hasMessageContaining("not a Podium book (it lacks Podium's tables)");

        assertThatThrownBy(() -> BookCopy.inspect(dir.resolve("missing.db"))).isInstanceOf(BookRefusedException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void aBookFromANewerPodiumIsRefused() throws Exception {
        Path book = bookWithSeries("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + book); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 999");
        }
        assertThatThrownBy(() -> BookCopy.inspect(book)).isInstanceOf(BookRefusedException.class)
                .hasMessageContaining("newer Podium").hasMessageContaining("999");
    }

    @Test
    void theQuickCheckOfADamagedBookReportsTheDamageRatherThanFailing() throws Exception {
        Path book = DamagedBooks.corrupt(bookWithSeries("corrupt.db", DamagedBooks.seriesFillingPages()));
        try (Database db = Database.open(book, Clock.systemDefaultZone())) {
            assertThat(db.quickCheck()).isNotEmpty();
        }
    }

    @Test
    void aCorruptBookIsRefusedAsDamaged() throws Exception {
        Path book = DamagedBooks.corrupt(bookWithSeries("corrupt.db", DamagedBooks.seriesFillingPages()));
        assertThatThrownBy(() -> BookCopy.inspect(book)).isInstanceOf(BookRefusedException.class)
                .hasMessageContaining("damaged");
    }


    @Test
    void replacePutsACheckedCopyInPlaceOfTheClosedBook() throws Exception {
        Path book = bookWithSeries("book.db", "Current");
        Path backup = bookWithSeries("backup.db", "From the backup");

        BookCopy.replace(book, backup);

        try (Database db = Database.open(book, Clock.systemDefaultZone())) {
            assertThat(new SeriesStore(db).all()).extracting(Series::name).containsExactly("From the backup");
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")))
                .containsExactlyInAnyOrder("book.db", "backup.db");
    }

    @Test
    void replaceWritesIntoTheBookItselfSoAConnectionStillOpenSeesTheRestoredBook() {
        Path book = bookWithSeries("book.db", "Current");
        Path backup = bookWithSeries("backup.db", "From the backup");
        // Open before and after: with the file renamed over, it would go on with the file put aside.
        try (Database other = Database.open(book, Clock.systemDefaultZone())) {
            new SeriesStore(other).insert(Series.named("Uncheckpointed"));

            BookCopy.replace(book, backup);

            assertThat(new SeriesStore(other).all()).extracting(Series::name).containsExactly("From the backup");
            new SeriesStore(other).insert(Series.named("After"));
        }
        try (Database db = Database.open(book, Clock.systemDefaultZone())) {
            assertThat(new SeriesStore(db).all()).extracting(Series::name).containsExactlyInAnyOrder("From the backup", "After");
        }
    }

    @Test
    void backupsAreNamedAfterTheBookListedNewestFirstAndOnlyDailyOnesArePruned() throws Exception {
        Path book = bookWithSeries("podium.db", "ADMin4ALL");
        Backups backups = new Backups(book);
        for (int day = 1; day <= 9; day++) {
            BookCopy.copy(book, backups.dailyFile(LocalDate.of(2026, 11, day)));
        }
        BookCopy.copy(book, backups.preMigrationFile(LocalDateTime.of(2026, 10, 1, 9, 30, 5), 2));
        BookCopy.copy(book, backups.preRestoreFile(LocalDateTime.of(2026, 11, 5, 17, 45, 3)));
        Path second = backups.preRestoreFile(LocalDateTime.of(2026, 11, 5, 17, 45, 3));
        BookCopy.copy(book, second);
        Files.writeString(backups.folder().resolve("someone-else.db"), "not ours");

        assertThat(second.getFileName().toString()).isEqualTo("podium-2026-11-05T17-45-03-pre-restore-2.db");
        assertThat(backups.list()).hasSize(12);
        assertThat(backups.list().get(0).file().getFileName().toString()).isEqualTo("podium-2026-11-09-daily.db");

        assertThat(backups.pruneDaily(7)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("podium-2026-11-01-daily.db", "podium-2026-11-02-daily.db");
        assertThat(backups.list()).extracting(e -> e.file().getFileName().toString()).containsExactly(
                "podium-2026-11-09-daily.db", "podium-2026-11-08-daily.db", "podium-2026-11-07-daily.db",
                "podium-2026-11-06-daily.db", "podium-2026-11-05T17-45-03-pre-restore-2.db",
                "podium-2026-11-05T17-45-03-pre-restore.db", "podium-2026-11-05-daily.db",
                "podium-2026-11-04-daily.db", "podium-2026-11-03-daily.db",
                "podium-2026-10-01T09-30-05-pre-migration-v2.db");
    }
}
