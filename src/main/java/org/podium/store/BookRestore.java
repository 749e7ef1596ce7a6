package org.podium.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConnection;

/**
 * Writes a checked copy into the book's own file with SQLite's backup API, in one transaction
 * of the book: every connection to the file, in this process or another, sees either the
 * book as it was or the restored one, and none is left writing to a file that was put aside.
 */
final class BookRestore {
    private static final int SQLITE_OK = 0;
    private static final int SQLITE_DONE = 101;
    private static final int RETRY_SLEEP_MS = 100;
    /** Pages per step of the backup API when progress is followed; all steps are one transaction of the book. */
    private static final int PAGES_PER_STEP = 256;

    private BookRestore() {
    }

    /** Replaces the contents of {@code book} with those of {@code copy}, a checked copy nobody else has open. */
    static void into(Path book, Path copy, CopyProgress progress) {
        try (Connection c = Connections.open(book)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = " + Database.BUSY_TIMEOUT_MS);
            }
            int pageSize = pageSize(c);
            matchPageSize(copy, pageSize);
            boolean followed = progress != CopyProgress.NONE;
            int rc = ((SQLiteConnection) c).getDatabase().restore("main", copy.toString(),
                    followed ? (remaining, pages) -> progress.update((long) (pages - remaining) * pageSize,
                            (long) pages * pageSize) : null,
                    RETRY_SLEEP_MS, Database.BUSY_TIMEOUT_MS / RETRY_SLEEP_MS, followed ? PAGES_PER_STEP : -1);
            if (rc != SQLITE_OK && rc != SQLITE_DONE) {
                throw new StoreException("Cannot restore into " + book + ": SQLite said " + rc
                        + " (another program may be writing to it); it was left as it was.");
            }
            try (Statement st = c.createStatement()) {
                // The restored pages go through the log; fold them into the book and empty it.
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot restore into " + book + ": " + e.getMessage()
                    + "; it was left as it was.", e);
        }
    }

    /**
     * SQLite copies into a book in WAL mode only from a file of the same page size: a copy
     * of an older book with other pages is rebuilt with the book's page size first.
     */
    private static void matchPageSize(Path copy, int wanted) throws SQLException {
        try (Connection c = Connections.open(copy); Statement st = c.createStatement()) {
            if (pageSize(c) == wanted) {
                return;
            }
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA page_size = " + wanted);
            st.execute("VACUUM");
        }
    }

    private static int pageSize(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA page_size")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
