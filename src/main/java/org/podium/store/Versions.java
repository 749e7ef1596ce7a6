package org.podium.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import org.podium.domain.Stamp;

/**
 * The optimistic lock every versioned table shares (event, person, organisation, panel_seat,
 * agenda_item, registration): a save raises the version by one and records who and when, and
 * a save against an expected version is {@code … WHERE id = ? AND version = ?}, refused with
 * {@link StaleRecordException} when the stored version has moved.
 */
final class Versions {
    /** What a bulk change of many rows adds to its SET clause: the rows' versions move too. */
    static final String BUMP_ONLY = "version = version + 1";

    private Versions() {
    }

    /**
     * Runs {@code UPDATE table SET set, version = version + 1, changed_by, changed_at WHERE id = ?}
     * plus {@code condition} (such as {@code AND deleted_at IS NULL}) and, when {@code expected}
     * is given, {@code AND version = ?}. Returns the rows changed; zero means no such record,
     * unless the record is there at another version, which throws.
     */
    static int update(Connection c, BookDatabase db, String table, String set, Object[] values, String condition,
                      long id, Long expected) throws SQLException {
        Object[] params = Arrays.copyOf(values, values.length + (expected == null ? 3 : 4));
        params[values.length] = db.author();
        params[values.length + 1] = db.now();
        params[values.length + 2] = id;
        if (expected != null) {
            params[values.length + 3] = expected;
        }
        int changed = Sql.update(c, "UPDATE " + table + " SET " + set + ", version = version + 1, changed_by = ?,"
                + " changed_at = ? WHERE id = ?" + condition + (expected == null ? "" : " AND version = ?"), params);
        if (changed == 0 && expected != null) {
            Optional<Stamp> stored = stamp(c, table, id, condition);
            if (stored.isPresent() && stored.get().version() != expected) {
                throw new StaleRecordException(table, id, expected, stored.get());
            }
        }
        return changed;
    }

    /** The stamp of a stored record, if the record is there (and meets {@code condition}). */
    static Optional<Stamp> stamp(Connection c, String table, long id, String condition) throws SQLException {
        return Sql.one(c, "SELECT version, changed_by, changed_at FROM " + table + " WHERE id = ?" + condition,
                Versions::stamp, id);
    }

    /** The stamp of the row a {@code SELECT *} of a versioned table is on. */
    static Stamp stamp(ResultSet rs) throws SQLException {
        return new Stamp(rs.getLong("version"), rs.getString("changed_by"), Sql.instant(rs, "changed_at"));
    }
}
