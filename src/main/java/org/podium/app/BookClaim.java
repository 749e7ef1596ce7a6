package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.podium.service.Book;
import org.podium.store.BookLock;

/**
 * The book a window works on and its claim on it: opened for writing under the book's lock,
 * or, when another window holds that lock and the user agrees, opened read-only without it.
 */
record BookClaim(Book book, Optional<BookLock> lock) {
    /**
     * Claims and opens the book; empty if another window holds it and the user declined to
     * open it read-only ({@code openReadOnly} is asked only then).
     */
    static Optional<BookClaim> open(Path path, Clock clock, BooleanSupplier openReadOnly) {
        Optional<BookLock> lock = BookLock.tryAcquire(path);
        if (lock.isEmpty()) {
            return openReadOnly.getAsBoolean()
                    ? Optional.of(new BookClaim(Composition.openBookReadOnly(path, clock), Optional.empty()))
                    : Optional.empty();
        }
        try {
            return Optional.of(new BookClaim(Composition.openBook(path, clock), lock));
        } catch (RuntimeException e) {
            lock.get().close();
            throw e;
        }
    }
}
