package org.podium.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A laptop book made from a team book, to take where there is no network: a new SQLite file with
 * the schema the laptop book's migrations make, holding every row of every one of its tables as
 * the server holds them, ids, versions and stamps included, so that an event file made from
 * either names the same records and an expected version means the same thing on both.
 *
 * <p>The tables and columns are the laptop schema's own (the two engines' migrations make the
 * same ones, a test checks), read from the new file, never listed by hand. The server's rows are
 * read in one snapshot ({@link PostgresBook#snapshot}) and streamed a few thousand at a time; the
 * file is written in one transaction and checked as every laptop copy is.
 */
public final class LaptopCopy {
    /** Rows the server sends at a time: a million registrations are never held at once. */
    static final int FETCH_ROWS = 5_000;
    private static final int BATCH_ROWS = 1_000;

    private LaptopCopy() {
    }

    /**
     * Writes the laptop copy of {@code team} into {@code file}, which must not exist yet (the
     * caller's temporary name), reporting rows written of the rows the snapshot holds; returns
     * the rows written. A copy that fails SQLite's checks is refused; the caller discards it.
     */
    public static long write(PostgresBook team, Path file, CopyProgress progress) {
        Path target = file.toAbsolutePath().normalize();
        try (Connection out = Connections.open(target)) {
            try (Statement st = out.createStatement()) {
                st.execute("PRAGMA page_size = " + Database.PAGE_SIZE);
                // Checked as a whole below: rows arrive table by table, in no order of their references.
                st.execute("PRAGMA foreign_keys = OFF");
                // The caller forces the finished file to disk before it takes its name.
                st.execute("PRAGMA synchronous = OFF");
            }
            Migrations.apply(out, 0);
            Map<String, List<String>> tables = tables(out);
            out.setAutoCommit(false);
            long rows = team.snapshot(in -> copy(in, new Sink(out, target), tables, progress));
            commit(out, target);
            out.setAutoCommit(true);
            List<String> problems = new ArrayList<>(BookCopy.problems(out, "integrity_check"));
            problems.addAll(BookCopy.problems(out, "foreign_key_check").stream()
                    .map(table -> "a row of " + table + " refers to a record the copy lacks").distinct().toList());
            if (!problems.isEmpty()) {
                throw new StoreException("The laptop copy of " + team.name() + " failed its checks ("
                        + String.join("; ", problems.subList(0, Math.min(3, problems.size()))) + "); nothing was"
                        + " written.");
            }
            // Told again once checked, so a caller that stops on a report can still stop here,
            // before the copy takes its name, and not only while rows arrive.
            progress.update(rows, rows);
            return rows;
        } catch (SQLException e) {
            throw written(target, e);
        }
    }

    /** The laptop schema's tables (Podium's own, not SQLite's), each with its columns in order. */
    private static Map<String, List<String>> tables(Connection out) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : Sql.list(out, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite%' ORDER BY name", rs -> rs.getString(1))) {
            tables.put(table, Sql.list(out, "SELECT name FROM pragma_table_info(?) ORDER BY cid",
                    rs -> rs.getString(1), table));
        }
        return tables;
    }

    private static long copy(Connection in, Sink out, Map<String, List<String>> tables, CopyProgress progress)
            throws SQLException {
        long total = 0;
        for (String table : tables.keySet()) {
            total += Sql.count(in, "SELECT count(*) FROM " + quoted(table));
        }
        long done = 0;
        progress.update(0, total);
        for (Map.Entry<String, List<String>> table : tables.entrySet()) {
            List<String> columns = table.getValue();
            String list = String.join(", ", columns.stream().map(LaptopCopy::quoted).toList());
            String select = "SELECT " + list + " FROM " + quoted(table.getKey())
                    + (columns.contains("id") ? " ORDER BY id" : "");
            out.prepare("INSERT INTO " + quoted(table.getKey()) + " (" + list + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")");
            try (PreparedStatement ps = in.prepareStatement(select)) {
                ps.setFetchSize(FETCH_ROWS);
                try (ResultSet rs = ps.executeQuery()) {
                    Object[] row = new Object[columns.size()];
                    while (rs.next()) {
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        out.add(row);
                        if (++done % BATCH_ROWS == 0) {
                            out.flush();
                            progress.update(done, Math.max(done, total));
                        }
                    }
                }
            }
            out.flush();
        }
        out.close();
        progress.update(done, Math.max(done, total));
        return done;
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static void commit(Connection out, Path target) {
        try {
            out.commit();
        } catch (SQLException e) {
            throw written(target, e);
        }
    }

    private static StoreException written(Path target, SQLException e) {
        if (SqliteFailure.diskFull(e)) {
            return new StoreException("The disk is full: the laptop copy could not be written to " + target
                    + ". Free some space and try again; nothing was written.", e);
        }
        return new StoreException("Cannot write the laptop copy " + target + ": " + e.getMessage(), e);
    }

    /**
     * The new file's side of the copy: its failures are the file's (a full disk), told apart
     * from the server's, which the team book words as it does every failure of its own.
     */
    private static final class Sink {
        private final Connection out;
        private final Path target;
        private PreparedStatement insert;

        Sink(Connection out, Path target) {
            this.out = out;
            this.target = target;
        }

        void prepare(String sql) {
            close();
            try {
                insert = out.prepareStatement(sql);
            } catch (SQLException e) {
                throw written(target, e);
            }
        }

        void add(Object[] row) {
            try {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            } catch (SQLException e) {
                throw written(target, e);
            }
        }

        void flush() {
            try {
                insert.executeBatch();
            } catch (SQLException e) {
                throw written(target, e);
            }
        }

        void close() {
            try {
                if (insert != null) {
                    insert.close();
                }
            } catch (SQLException e) {
                throw written(target, e);
            }
        }
    }
}
