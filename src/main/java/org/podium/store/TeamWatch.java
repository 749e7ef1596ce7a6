package org.podium.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells whether another coordinator has changed the team book since the last look. The book's
 * tables tell every listener on the channel {@value #CHANNEL} which schema and table a
 * statement changed (triggers of migration 5); this watch listens on a connection of its own,
 * outside the book's pool, and counts the notices of its own schema that came from a server
 * session other than the book's own writers (their backend ids are {@code own}), so a window
 * reloads on others' saves, not after each of its own.
 *
 * <p>Each look is one small round trip, which brings in the notices waiting and finds out a
 * connection that is gone: then the look throws {@link ConnectionLostException}, and the next
 * one connects and listens again, reporting a change (anything may have happened meanwhile).
 */
public final class TeamWatch implements ChangeWatch {
    /** The channel the book's triggers notify. */
    static final String CHANNEL = "podium_book";

    /** Opens the watch's own connection to the book's database. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final TeamAddress book;
    private final Connector connector;
    private final Set<Integer> own;
    private Connection connection;
    private String schema;
    private long heard;

    private TeamWatch(TeamAddress book, Connector connector, Set<Integer> own) {
        this.book = book;
        this.connector = connector;
        this.own = own;
    }

    /** Starts watching the team book at {@code book}: changes from now on are reported. */
    static TeamWatch on(TeamAddress book, Connector connector, Set<Integer> own) {
        TeamWatch watch = new TeamWatch(book, connector, own);
        try {
            watch.listen();
        } catch (SQLException e) {
            watch.drop();
            throw watch.failure(e);
        }
        return watch;
    }

    @Override
    public synchronized boolean changedElsewhere() {
        try {
            boolean changed = false;
            if (connection == null) {
                listen();
                changed = true;
            }
            try (Statement st = connection.createStatement()) {
                st.execute("SELECT 1");
            }
            PGNotification[] notices = connection.unwrap(PGConnection.class).getNotifications();
            for (PGNotification notice : notices == null ? new PGNotification[0] : notices) {
                heard++;
                changed |= fromElsewhere(notice);
            }
            return changed;
        } catch (SQLException e) {
            drop();
            throw failure(e);
        }
    }

    /** How many notices the looks have brought in, those ignored included: tests wait on it. */
    synchronized long heard() {
        return heard;
    }

    /** The backend id of the watch's own session, or 0 while it has none. */
    synchronized int pid() throws SQLException {
        return connection == null ? 0 : connection.unwrap(PGConnection.class).getBackendPID();
    }

    private boolean fromElsewhere(PGNotification notice) {
        String payload = notice.getParameter();
        int space = payload.lastIndexOf(' ');
        return CHANNEL.equals(notice.getName()) && space > 0 && payload.substring(0, space).equals(schema)
                && !own.contains(notice.getPID());
    }

    private void listen() throws SQLException {
        connection = connector.connect();
        try (Statement st = connection.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        }
        schema = Sql.one(connection, "SELECT current_schema()", rs -> rs.getString(1)).orElse("");
    }

    private void drop() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // The connection is being given up because it failed; its close may fail too.
            }
            connection = null;
        }
    }

    private StoreException failure(SQLException e) {
        if (ConnectionLostException.lost(e.getSQLState())) {
            return new ConnectionLostException(book.server(), "The connection to the team book " + book + " is lost ("
                    + e.getMessage() + ").", e);
        }
        return new StoreException("Cannot tell whether the team book " + book + " changed: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        drop();
    }
}
