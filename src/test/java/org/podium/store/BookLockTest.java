package org.podium.store;

import java.time.Clock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One window per book, and a restore that holds the book alone: locks on a side file, seen
 * from this JVM and from another.
 */
class BookLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondClaimInTheSameProcessIsRefusedUntilTheFirstIsReleased() {
        Path book = dir.resolve("book.db");
        Optional<BookLock> first = BookLock.tryAcquire(book);
        assertThat(first).isPresent();
        assertThat(BookLock.tryAcquire(book)).isEmpty();
        assertThat(BookLock.isHeld(book)).isTrue();
        first.get().close();
        assertThat(BookLock.isHeld(book)).isFalse();
        try (BookLock again = BookLock.tryAcquire(book).orElseThrow()) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void theLockIsASideFileAndTheBookItselfIsNeverLocked() {
        Path book = dir.resolve("book.db");
        try (Database db = Database.open(book, Clock.systemDefaultZone()); BookLock lock = BookLock.tryAcquire(book).orElseThrow()) {
            assertThat(BookLock.lockFile(book)).isEqualTo(dir.resolve("book.db.lock").toAbsolutePath());
            assertThat(Files.exists(BookLock.lockFile(book))).isTrue();
            try (Database other = Database.open(book, Clock.systemDefaultZone())) {
                assertThat(other.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            }
        }
    }

    @Test
    void aClaimHeldByAnotherProcessIsSeenAndEndsWhenThatProcessDies() throws Exception {
        Path book = dir.resolve("book.db");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BookLockChild.class.getName(), book.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("locked");
            assertThat(BookLock.tryAcquire(book)).as("held by the other process").isEmpty();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        try (BookLock mine = BookLock.tryAcquire(book).orElseThrow()) {
            assertThat(mine).as("a killed window leaves no stale claim").isNotNull();
        }
    }

    @Test
    void writersShareTheBookWithEachOtherAndWithTheWindowButNotWithARestore() {
        Path book = dir.resolve("book.db");
        try (BookLock window = BookLock.tryAcquire(book).orElseThrow();
             BookLock.Hold first = BookLock.forWriting(book, Duration.ZERO);
             BookLock.Hold second = BookLock.forWriting(book, Duration.ZERO)) {
            assertThatThrownBy(() -> BookLock.forRestore(book, Duration.ZERO))
                    .hasMessageContaining("in use by another Podium").hasMessageContaining("Nothing was changed");
        }
        try (BookLock.Hold restoring = BookLock.forRestore(book, Duration.ZERO)) {
            assertThatThrownBy(() -> BookLock.forWriting(book, Duration.ZERO))
                    .hasMessageContaining("being restored").hasMessageContaining("Nothing was changed");
            assertThatThrownBy(() -> Database.open(book, Clock.systemDefaultZone())).hasMessageContaining("being restored");
        }
        try (Database db = Database.open(book, Clock.systemDefaultZone())) {
            assertThatThrownBy(() -> BookLock.forRestore(book, Duration.ZERO)).as("an open book is a writer")
                    .hasMessageContaining("in use by another Podium");
        }
        try (BookLock.Hold restoring = BookLock.forRestore(book, Duration.ZERO)) {
            assertThat(restoring).as("free again once every writer has closed").isNotNull();
        }
    }

    @Test
    void aRestoreIsRefusedWhileAnotherProcessWritesAndNamesAWindowWithItsProcess() throws Exception {
        Path book = dir.resolve("book.db");
        Process writer = child(book, "writer");
        try (BufferedReader out = reader(writer)) {
            assertThat(out.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> BookLock.forRestore(book, Duration.ZERO))
                    .hasMessageContaining("is in use by another Podium").hasMessageContaining("Nothing was changed");
            try (BookLock.Hold shared = BookLock.forWriting(book, Duration.ZERO)) {
                assertThat(shared).as("writers share the book across processes").isNotNull();
            }
        } finally {
            writer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        Process window = child(book);
        try (BufferedReader out = reader(window)) {
            assertThat(out.readLine()).isEqualTo("locked");
            // A window holds the book for writing through its open book; here only its claim is held.
            try (BookLock.Hold alone = BookLock.forRestore(book, Duration.ZERO)) {
                assertThat(alone).isNotNull();
            }
        } finally {
            window.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        try (BookLock.Hold alone = BookLock.forRestore(book, Duration.ZERO)) {
            assertThat(alone).as("a killed writer leaves no stale lock").isNotNull();
        }
    }

    @Test
    void aRestoreKeptOutByAWindowOfAnotherProcessSaysSo() throws Exception {
        Path book = dir.resolve("book.db");
        Process window = child(book, "window-writer");
        try (BufferedReader out = reader(window)) {
            assertThat(out.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> BookLock.forRestore(book, Duration.ZERO))
                    .hasMessageContaining("open in a Podium window (process " + window.pid() + ")")
                    .hasMessageContaining("Nothing was changed");
        } finally {
            window.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process child(Path book, String... mode) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BookLockChild.class.getName(), book.toString()));
        command.addAll(java.util.List.of(mode));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static BufferedReader reader(Process child) {
        return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }
}
