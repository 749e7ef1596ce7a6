package org.podium.store;

import java.nio.file.Path;

/** A book that cannot be opened as it is: not SQLite, from a newer Podium, unreadable or locked. */
public final class BookRefusedException extends StoreException {
    /** Why a team book was refused, for a window that says it in the user's language. */
    public enum Reason {
        UNREACHABLE, BUSY, LOGIN_REFUSED, NO_DATABASE, NEWER, FOREIGN, OTHER
    }

    private final Path path;
    private final Reason reason;

    public BookRefusedException(Path path, String message, Throwable cause) {
        this(path, Reason.OTHER, message, cause);
    }

    public BookRefusedException(Path path, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public Path path() {
        return path;
    }
}
