package org.podium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.podium.domain.IsoInstants;

/** The few JDBC moves every store makes, so each store reads as its SQL and its mapping. */
final class Sql {
    private Sql() {
    }

    /** Maps the current row of a result set to a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Takes the current row of a result set. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
        bind(ps, params);
        return ps;
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (p instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else if (p instanceof Boolean b) {
                ps.setInt(i + 1, b ? 1 : 0);
            } else if (p instanceof Instant t) {
                ps.setString(i + 1, t.toString());
            } else {
                ps.setObject(i + 1, p instanceof java.time.temporal.Temporal || p instanceof java.time.ZoneId
                        ? p.toString() : p);
            }
        }
    }

    static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(mapper.map(rs));
                }
                return result;
            }
        }
    }

    static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        List<T> rows = list(c, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id returned for: " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    static long count(Connection c, String sql, Object... params) throws SQLException {
        return one(c, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** A stored time, or null for SQL NULL. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        return IsoInstants.parseOrNull(rs.getString(column));
    }

    /** When each row in the trash of {@code table} (one with a {@code deleted_at}) went there, by id. */
    static Map<Long, Instant> trashedAt(Connection c, String table) throws SQLException {
        Map<Long, Instant> when = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, deleted_at FROM " + table
                + " WHERE deleted_at IS NOT NULL"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                when.put(rs.getLong(1), instant(rs, "deleted_at"));
            }
        }
        return when;
    }

    /** Moves a live row of {@code table} to its trash, dated {@code when}; false if there is no such live row. */
    static boolean moveToTrash(Connection c, String table, long id, Instant when) throws SQLException {
        return update(c, "UPDATE " + table + " SET deleted_at=? WHERE id=? AND deleted_at IS NULL", when, id) == 1;
    }

    /** Brings a row of {@code table} back from its trash; false if it is not in the trash. */
    static boolean restoreFromTrash(Connection c, String table, long id) throws SQLException {
        return update(c, "UPDATE " + table + " SET deleted_at=NULL WHERE id=? AND deleted_at IS NOT NULL", id) == 1;
    }

    /** Numbers the positions of an event's rows of {@code table} in the order of {@code ids}; rows of other events are left alone. */
    static void reorder(Connection c, String table, long eventId, List<Long> ids) throws SQLException {
        int position = 0;
        for (long id : ids) {
            update(c, "UPDATE " + table + " SET position=?, " + Versions.BUMP_ONLY + " WHERE id=? AND event_id=?",
                    position++, id, eventId);
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, ResultSet rs, String column) throws SQLException {
        return Enum.valueOf(type, rs.getString(column));
    }
}
