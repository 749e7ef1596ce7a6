package org.podium.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tells whether another connection — the command line, another program, a second window —
 * has committed to the book since the last look, so an open window can show the change.
 *
 * <p>It asks SQLite's {@code PRAGMA data_version} on a connection of its own, which changes
 * whenever any other connection commits — this process's writer included. To tell those apart
 * the book's writer reports each of its transactions: between {@code BEGIN IMMEDIATE} and
 * {@code COMMIT} no one else can commit, so a version that moved before the writer began was
 * moved by someone else, and the version after its commit is the new baseline. The window
 * therefore reloads on other programs' writes, not after each of its own saves.
 */
public final class BookWatch implements ChangeWatch {
    private final Database db;
    private final Connection connection;
    private long seen;
    private boolean changedElsewhere;
    private SQLException failure;

    private BookWatch(Database db, Connection connection) throws SQLException {
        this.db = db;
        this.connection = connection;
        this.seen = version();
    }

    /** Starts watching the book: changes from now on are reported. */
    public static BookWatch on(Database db) {
        Connection connection = null;
        try {
            connection = db.sideConnection();
            BookWatch watch = new BookWatch(db, connection);
            db.watchWrites(watch);
            return watch;
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw new StoreException("Cannot watch the book " + db.path() + " for changes: " + e.getMessage(), e);
        }
    }

    /**
     * Whether another connection committed since the last call (or since the watch began).
     * Called from one background thread; cheap when nothing changed.
     */
    @Override
    public synchronized boolean changedElsewhere() {
        try {
            if (failure != null) {
                throw failure;
            }
            long now = version();
            boolean changed = changedElsewhere || now != seen;
            seen = now;
            changedElsewhere = false;
            return changed;
        } catch (SQLException e) {
            failure = null;
            throw new StoreException("Cannot tell whether the book " + db.path() + " changed: " + e.getMessage(), e);
        }
    }

    /** The writer has begun a transaction: nobody else can commit until it ends. */
    synchronized void beforeOwnCommit() {
        try {
            if (version() != seen) {
                changedElsewhere = true;
            }
        } catch (SQLException e) {
            // The writer's own work must not fail for the watch: the next look reports it.
            failure = e;
        }
    }

    /** The writer has committed: its change is not news to this process. */
    synchronized void afterOwnCommit() {
        try {
            seen = version();
        } catch (SQLException e) {
            failure = e;
        }
    }

    private long version() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public synchronized void close() {
        db.watchWrites(null);
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the watch on " + db.path() + ": " + e.getMessage(), e);
        }
    }
}
