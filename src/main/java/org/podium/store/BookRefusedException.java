package org.podium.store;

import java.nio.file.Path;

/** A book that cannot be opened as it is: not SQLite, from a newer Podium, unreadable or locked. */
public final class BookRefusedException extends StoreException {
    private final Path path;

    public BookRefusedException(Path path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
