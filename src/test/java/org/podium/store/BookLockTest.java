package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One window per book: the claim is a lock on a side file, seen from this JVM and from another. */
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
        try (Database db = Database.open(book); BookLock lock = BookLock.tryAcquire(book).orElseThrow()) {
            assertThat(BookLock.lockFile(book)).isEqualTo(dir.resolve("book.db.lock").toAbsolutePath());
            assertThat(Files.exists(BookLock.lockFile(book))).isTrue();
            try (Database other = Database.open(book)) {
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
}
