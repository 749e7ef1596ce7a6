package org.podium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The registration index a bulk import sets aside, the unique one by event and address (the
 * table's only index): dropped when it starts, so rows are only appended, and built again when
 * it ends by sorting, on two threads. A file that gave an address twice makes the index fail
 * to build; then every later row of each repeated address is removed and reported with its
 * line and the line of the row kept, and the index is built. All of it happens in the
 * import's transaction, so a rollback restores the index.
 */
final class BulkIndexes {
    private static final String NAME = "registration_by_email";
    private static final int SORT_THREADS = 2;

    private final long addedAfter;
    /** The statement that builds the dropped index again. */
    private final String dropped;
    /** The line of each row added, in the order added (so by id): to name the lines of repeats. */
    private int[] lines = new int[1024];
    private int added;

    private BulkIndexes(long addedAfter, String dropped) {
        this.addedAfter = addedAfter;
        this.dropped = dropped;
    }

    /** Drops the registration index; rows added from now on get ids above {@code addedAfter}. */
    static BulkIndexes drop(Connection c, long addedAfter) throws SQLException {
        String sql;
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_schema WHERE type='index' AND name=?")) {
            ps.setString(1, NAME);
            try (ResultSet rs = ps.executeQuery()) {
                sql = rs.next() ? rs.getString(1) : null;
            }
        }
        if (sql == null) {
            throw new StoreException("The book has no index " + NAME + "; nothing was written.");
        }
        // Dropped only once the schema query is closed: SQLite refuses while a statement reads it.
        RegistrationImportStore.execute(c, "DROP INDEX " + NAME);
        return new BulkIndexes(addedAfter, sql);
    }

    /** Notes the line of the next row added. */
    void added(long line) {
        if (added == lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[added++] = (int) Math.min(line, Integer.MAX_VALUE);
    }

    /**
     * Builds the index again, once (the writer then lets go of this); returns how many repeated
     * rows were removed, each told to {@code repeats}.
     */
    int rebuild(Connection c, RegistrationWriter.Repeats repeats) throws SQLException {
        long threads;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA threads")) {
            threads = rs.next() ? rs.getLong(1) : 0;
        }
        RegistrationImportStore.execute(c, "PRAGMA threads = " + SORT_THREADS);
        try {
            return buildUnique(c, dropped, repeats);
        } finally {
            RegistrationImportStore.execute(c, "PRAGMA threads = " + threads);
        }
    }

    private int buildUnique(Connection c, String sql, RegistrationWriter.Repeats repeats) throws SQLException {
        try {
            RegistrationImportStore.execute(c, sql);
            return 0;
        } catch (SQLException e) {
            if (!SqliteFailure.uniqueViolated(e)) {
                throw e;
            }
        }
        int removed = removeRepeats(c, repeats);
        RegistrationImportStore.execute(c, sql);
        return removed;
    }

    /** Deletes every row this work added whose address an earlier row of it already has. */
    private int removeRepeats(Connection c, RegistrationWriter.Repeats repeats) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, email, first FROM (SELECT id, email,"
                + " min(id) OVER (PARTITION BY event_id, email_key) AS first FROM registration WHERE id > ?)"
                + " WHERE id > first ORDER BY id")) {
            ps.setLong(1, addedAfter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    repeats.repeated(rs.getString(2), lineOf(rs.getLong(1)), lineOf(rs.getLong(3)));
                }
            }
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM registration WHERE id=?")) {
            for (long id : ids) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        return ids.size();
    }

    private long lineOf(long id) {
        long index = id - addedAfter - 1;
        return index >= 0 && index < added ? lines[(int) index] : -1;
    }
}
