package org.podium.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.podium.store.StoreException;
import org.podium.store.TeamAddress;

/** Where a book is: a laptop book's file, or a team book's database on a PostgreSQL server. */
public sealed interface BookPlace {
    /** A laptop book: one SQLite file. */
    record File(Path path) implements BookPlace {
    }

    /** A team book: a database on a PostgreSQL server. */
    record Team(TeamAddress address) implements BookPlace {
    }

    /**
     * The place {@code text} names, given as {@code where} ({@code --db}, {@code PODIUM_DB}):
     * an address {@code postgresql://…} is a team book (its user, when not given, is
     * {@code defaultUser}, as for every PostgreSQL client), anything else a file.
     */
    public static BookPlace of(String where, String text, String defaultUser) {
        try {
            if (TeamAddress.isTeamAddress(text)) {
                return new Team(TeamAddress.parse(text, defaultUser));
            }
            return new File(Path.of(text).toAbsolutePath());
        } catch (IllegalArgumentException e) {
            // InvalidPathException is one too: a name the system cannot take, such as one with a NUL.
            String why = e instanceof InvalidPathException bad ? "not a file name this system accepts (" + bad.getReason() + ")"
                    : e.getMessage();
            throw new PlaceRefusedException(where + " " + text + ": " + why);
        }
    }

    /** A {@code --db} or {@code PODIUM_DB} that names no book; nothing was opened or created. */
    final class PlaceRefusedException extends StoreException {
        private PlaceRefusedException(String message) {
            super(message);
        }
    }
}
