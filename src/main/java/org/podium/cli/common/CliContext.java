package org.podium.cli.common;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.podium.service.Book;
import org.podium.service.common.Preferences;

/**
 * What the command line needs from the composition root: opening a book and opening the
 * window, both given the {@code --db} option when there is one: a file, or a team book's address.
 */
public interface CliContext {
    /** Opens the chosen book, or the default one ({@code PODIUM_DB}, else the data folder). */
    Book openBook(Optional<String> db);

    /** Opens the window on the chosen book and returns when it closes. */
    void openWindow(Optional<String> db);

    /**
     * Where the chosen book's file is, without opening it: a restore must replace a book that may
     * not open. A team book has no file here and is refused, pointing to its server's tools.
     */
    Path bookPath(Optional<String> db);

    /** The audience's time zones of the user's Preferences, which announcements add to the start. */
    default List<ZoneId> audienceZones() {
        return Preferences.DEFAULT_ZONES;
    }

    /**
     * The version of the database server behind the chosen book, for {@code --version}; empty for
     * a laptop book, whose SQLite library version is printed anyway. A team book fills it in.
     */
    default Optional<String> serverVersion(Optional<String> db) {
        return Optional.empty();
    }

    /** "Now", for commands that name files by the time, such as a restore's backup of the book it replaces. */
    Clock clock();
}
