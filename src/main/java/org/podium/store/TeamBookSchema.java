package org.podium.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A team book's schema on its server: made in an empty database and brought up to date by the
 * numbered scripts under {@code org/podium/db/postgresql/}, the version kept in the one-row table
 * {@code podium_schema}; a database of a newer Podium, or one holding other tables, is refused
 * untouched. Two Podiums opening one database for the first time take turns.
 */
final class TeamBookSchema {
    /** Any number the same for every Podium: makes two first opens of one database take turns. */
    private static final long MIGRATION_LOCK = 0x506f6469756dL;

    private TeamBookSchema() {
    }

    /** Whether the database holds a team book's schema already (its version table). */
    private static boolean made(Connection c) throws SQLException {
        return Sql.one(c, "SELECT to_regclass('podium_schema') IS NOT NULL", rs -> rs.getBoolean(1)).orElse(false);
    }

    /**
     * Whether the role may change a book at schema {@code version} ({@link #version}): an empty
     * database counts as writable if it may create in it.
     */
    static boolean canWrite(Connection c, int version) throws SQLException {
        if (version == 0) {
            return true;
        }
        return Sql.one(c, "SELECT has_table_privilege('event', 'INSERT')"
                + " AND has_table_privilege('event', 'UPDATE') AND has_table_privilege('event', 'DELETE')",
                rs -> rs.getBoolean(1)).orElse(false);
    }

    /** The schema version the database holds: 0 for an empty database. */
    static int version(Connection c) throws SQLException {
        if (!made(c)) {
            return 0;
        }
        return Sql.one(c, "SELECT version FROM podium_schema", rs -> rs.getInt(1)).orElse(0);
    }

    /** Brings a book at schema {@code version} ({@link #version}) up to this Podium's. */
    static void migrate(TeamAddress address, Connection c, int version, boolean writable) throws SQLException {
        int latest = Migrations.latest(Migrations.POSTGRESQL);
        refuseNewer(address, version, latest);
        if (version == latest) {
            return;
        }
        if (!writable) {
            throw new BookRefusedException(null, "The team book " + address + " is at schema " + version
                    + " and this Podium at " + latest + "; the role " + address.user() + " may only read it, so"
                    + " it can be opened once an editor's Podium of this version has opened it.", null);
        }
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            // Read again under the lock: another Podium may have migrated while this one waited.
            version = version(c);
            refuseNewer(address, version, latest);
            if (version == 0) {
                refuseForeign(address, c);
                st.execute("CREATE TABLE podium_schema (version INTEGER NOT NULL)");
                st.execute("INSERT INTO podium_schema(version) VALUES (0)");
            }
            for (int v = version + 1; v <= latest; v++) {
                try {
                    for (String sql : Migrations.statements(Migrations.load(Migrations.POSTGRESQL, v))) {
                        st.execute(sql);
                    }
                } catch (SQLException e) {
                    throw new SQLException("migration " + v + " failed: " + e.getMessage(), e.getSQLState(), e);
                }
                st.execute("UPDATE podium_schema SET version = " + v);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void refuseNewer(TeamAddress address, int version, int latest) {
        if (version > latest) {
            throw new BookRefusedException(null, BookRefusedException.Reason.NEWER, "The team book " + address
                    + " was written by a newer Podium"
                    + " (schema " + version + "; this Podium knows up to " + latest + "). Update Podium to open it;"
                    + " the database was left untouched.", null);
        }
    }

    /** An empty database becomes a team book; one that holds other tables is not Podium's to change. */
    private static void refuseForeign(TeamAddress address, Connection c) throws SQLException {
        long tables = Sql.count(c, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()");
        if (tables > 0) {
            throw new BookRefusedException(null, BookRefusedException.Reason.FOREIGN, "The database " + address
                    + " holds tables that are not a Podium team book; it was left untouched. Use an empty database"
                    + " for a new team book.", null);
        }
    }
}
