package org.podium.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered SQL scripts under {@code org/podium/db/} (001.sql, 002.sql …); the book's
 * {@code PRAGMA user_version} records the last one applied, and each applies in one transaction.
 * A team book's scripts, numbered alike, are under {@code org/podium/db/postgresql/} (applied by
 * {@link PostgresBook}); script N makes the same schema on both engines.
 */
final class Migrations {
    /** The laptop book's scripts. */
    static final String SQLITE = "/org/podium/db/";
    /** The team book's scripts, in PostgreSQL's dialect. */
    static final String POSTGRESQL = "/org/podium/db/postgresql/";

    private Migrations() {
    }

    static int latest() {
        return latest(SQLITE);
    }

    /** How many numbered scripts the folder holds: 001.sql up to the first missing number. */
    static int latest(String folder) {
        int n = 0;
        while (Migrations.class.getResource(name(folder, n + 1)) != null) {
            n++;
        }
        return n;
    }

    static void apply(Connection connection, int from) throws SQLException {
        apply(connection, from, Database.SCHEMA_VERSION);
    }

    /** Applies the scripts after {@code from} up to and including {@code to}. */
    static void apply(Connection connection, int from, int to) throws SQLException {
        for (int version = from + 1; version <= to; version++) {
            String script = load(SQLITE, version);
            try (Statement st = connection.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                try {
                    for (String sql : statements(script)) {
                        st.execute(sql);
                    }
                    st.execute("PRAGMA user_version = " + version);
                    st.execute("COMMIT");
                } catch (SQLException e) {
                    st.execute("ROLLBACK");
                    throw new SQLException("migration " + version + " failed: " + e.getMessage(), e);
                }
            }
        }
    }

    private static String name(String folder, int version) {
        // Three digits, as the scripts are named; String.format would load the locale's number symbols.
        String digits = Integer.toString(version);
        return folder + "000".substring(Math.min(digits.length(), 3)) + digits + ".sql";
    }

    static String load(String folder, int version) {
        try (InputStream in = Migrations.class.getResourceAsStream(name(folder, version))) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name(folder, version));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lists the SQL statements of a migration script, one per entry. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : script.split("\n", -1)) {
            // Migrations keep string literals free of "--", so anything after it is a comment;
            // dropping it keeps "CREATE …; -- note" from swallowing the next statement.
            int comment = raw.indexOf("--");
            String line = comment >= 0 ? raw.substring(0, comment) : raw;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                result.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
