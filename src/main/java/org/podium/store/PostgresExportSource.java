package org.podium.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * A team book's {@link ExportSource}: one {@code COPY (SELECT …) TO STDOUT} in PostgreSQL's text
 * format, rows in registration id order, in one snapshot. For one event it is the query
 * {@code psql} would be given, the exported registrations alone, and the others are counted by
 * their reasons (status, consent, suppressed) on a second connection that shares the snapshot
 * ({@code pg_export_snapshot}), at the same time. For several events the server decides every
 * registration's fate in the COPY: a reason digit first (0 exported, 1 status, 2 consent, 3
 * suppressed, 4 merged into the same address's registration for a later chosen event, with the
 * events it merges), then, for an exported one only, the fields read; only the total is counted
 * beside it. The lines that come before the counts wait for them (the progress needs the total
 * first). The rows are cut into fields here without a string each ({@link CopiedRow}).
 * How it fits the team book: {@code docs/decisions/0009}.
 */
public final class PostgresExportSource implements ExportSource {
    /** Registrations read between two pieces handed to the writer. */
    private static final int PIECE = 8_192;
    /** How many lines may wait for the counts (some 100 bytes a line, 30 MB at most); then reading waits for them. */
    private static final int HELD = 262_144;
    private static final String NAMES = "email, first_name, last_name";
    private static final String CONTACT = NAMES + ", organisation, job_title, city, country";
    private static final String EVERY = "id, " + RegistrationStore.COLUMNS;

    private final BookDatabase db;

    public PostgresExportSource(BookDatabase db) {
        this.db = db;
    }

    @Override
    public <C> Tally stream(Filter filter, Fields fields, Rows<C> rows) {
        List<String> columns = List.of(columns(fields).split(", "));
        return db.read(c -> {
            boolean own = c.getAutoCommit();
            if (own) {
                // The count before the rows and the rows themselves from one snapshot.
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            try {
                Tally tally = copy(c, filter, fields, columns, rows, own);
                if (own) {
                    c.commit();
                }
                return tally;
            } finally {
                if (own) {
                    c.rollback();
                    c.setAutoCommit(true);
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
            }
        });
    }

    private <C> Tally copy(Connection c, Filter filter, Fields fields, List<String> columns, Rows<C> rows, boolean own)
            throws SQLException {
        // One event in a transaction of its own: the COPY carries the exported rows alone, and the others are
        // counted beside it by their reasons. Otherwise (several events to merge) each registration's line says
        // its fate, and only the total is counted.
        boolean exportedOnly = own && filter.eventIds().size() == 1;
        String counts = exportedOnly ? tallySql(filter)
                : "SELECT count(*) FROM registration WHERE event_id IN (" + ExportSql.events(filter) + ")";
        // In a transaction of its own the counts run beside the rows, on a second connection in the same snapshot.
        CompletableFuture<Tally> counted = own ? countAside(Sql.one(c, "SELECT pg_export_snapshot()",
                rs -> rs.getString(1)).orElseThrow(), counts) : CompletableFuture.completedFuture(count(c, counts));
        CopyOut copy = c.unwrap(PGConnection.class).getCopyAPI()
                .copyOut(exportedOnly ? exportedSql(filter, columns) : sql(filter, columns));
        try {
            // Lines that come before the counts are held (a bounded number), not yet rows: rows follow the start.
            List<byte[]> held = new ArrayList<>();
            byte[] line = copy.readFromCopy();
            while (line != null && !counted.isDone() && held.size() < HELD) {
                held.add(line);
                line = copy.readFromCopy();
            }
            Tally count = counted(counted);
            rows.start(count.total());
            long lines = count.streamed();
            Reader<C> reader = new Reader<>(rows, new CopiedRow(filter.eventIds(), fields, columns), count.total(),
                    lines);
            for (byte[] early : held) {
                reader.line(early);
            }
            held = null;
            for (; line != null; line = copy.readFromCopy()) {
                reader.line(line);
            }
            return exportedOnly ? reader.tally(count) : reader.tally();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** Runs the counts of the export on another connection, in the snapshot {@code snapshot}. */
    private CompletableFuture<Tally> countAside(String snapshot, String counts) {
        CompletableFuture<Tally> counted = new CompletableFuture<>();
        Thread counter = new Thread(() -> {
            try {
                counted.complete(db.read(c -> {
                    c.setAutoCommit(false);
                    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                    try (Statement st = c.createStatement()) {
                        st.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
                        return count(c, counts);
                    } finally {
                        c.rollback();
                        c.setAutoCommit(true);
                        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    }
                }));
            } catch (RuntimeException e) {
                counted.completeExceptionally(e);
            }
        }, "podium-export-count");
        counter.setDaemon(true);
        counter.start();
        return counted;
    }

    /**
     * What {@code counts} gives: the registrations in all, and, from {@link #tallySql}, those left
     * out by status, consent and suppression.
     */
    private static Tally count(Connection c, String counts) throws SQLException {
        return Sql.one(c, counts, rs -> rs.getMetaData().getColumnCount() == 1 ? new Tally(rs.getLong(1), 0, 0, 0, 0)
                : new Tally(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), 0)).orElseThrow();
    }

    /** The counts, or their failure as it was thrown. */
    private static Tally counted(CompletableFuture<Tally> counted) {
        try {
            return counted.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Takes the lines of the COPY in order: counts each by its reason, hands the exported to the
     * part, and tells the progress how many of the {@code total} registrations the lines so far
     * stand for, when the {@code lines} expected are fewer (the exported alone).
     */
    private static final class Reader<C> {
        private final Rows<C> rows;
        private final CopiedRow row;
        private final Part<C> part;
        private final long total;
        private final long lines;
        private long byStatus;
        private long byConsent;
        private long bySuppression;
        private long merged;
        private long done;

        Reader(Rows<C> rows, CopiedRow row, long total, long lines) {
            this.rows = rows;
            this.row = row;
            this.part = rows.part();
            this.total = total;
            this.lines = lines;
        }

        void line(byte[] line) {
            // The reason digit each line starts with, as sql() writes it.
            switch (line[0]) {
                case '0' -> part.row(row.next(line));
                case '1' -> byStatus++;
                case '2' -> byConsent++;
                case '3' -> bySuppression++;
                case '4' -> merged++;
                default -> throw new StoreException("The server sent a line of an unknown reason: " + (char) line[0]);
            }
            if (++done % PIECE == 0) {
                rows.write(part.piece(), lines == total || lines == 0 ? done : Math.min(total, done * total / lines));
            }
        }

        /** The tally of lines that each said their fate. */
        Tally tally() {
            rows.write(part.piece(), done);
            return new Tally(done, byStatus, byConsent, bySuppression, merged);
        }

        /** The tally counted beside lines of the exported alone. */
        Tally tally(Tally count) {
            if (done != lines) {
                throw new StoreException("The server sent " + done + " rows to export, not the " + lines
                        + " it counted");
            }
            rows.write(part.piece(), total);
            return count;
        }
    }

    private static String columns(Fields fields) {
        return switch (fields) {
            case NAMES -> NAMES;
            case CONTACT -> CONTACT;
            case EVERY -> EVERY;
        };
    }

    /**
     * The counts of one event's registrations: all, and those left out for their status, for
     * lack of consent and as suppressed, each counted once in that order as {@link #sql} decides.
     */
    static String tallySql(Filter filter) {
        String active = "status IN (" + ExportSql.statuses(filter) + ")";
        String agreed = filter.requireConsent() ? " AND r.consent <> 0" : "";
        // The suppressed by the list's addresses through the (event, address) key: probing the list for every
        // registration instead cost a third more.
        return "SELECT count(*), count(*) FILTER (WHERE NOT " + active + "), "
                + (filter.requireConsent() ? "count(*) FILTER (WHERE " + active + " AND consent = 0)" : "0")
                + ", (SELECT count(*) FROM suppression s JOIN registration r ON r.email_key = s.email"
                + " WHERE r.event_id IN (" + ExportSql.events(filter) + ") AND r." + active + agreed + ")"
                + " FROM registration WHERE event_id IN (" + ExportSql.events(filter) + ")";
    }

    /**
     * The statement of one event's exported registrations alone, in the lines {@link #sql} gives
     * them (reason 0, the event, the columns): the filter {@code psql} would be given, read in id
     * order from the primary key (ordered and fenced, as {@link #sql} reads), so that rows flow
     * from the first; left to itself the planner sorts the exported rows, and none comes before the
     * sort has ended, and Podium, which has more to do a row than psql, would wait idle meanwhile.
     */
    static String exportedSql(Filter filter, List<String> columns) {
        Set<String> read = new LinkedHashSet<>(List.of("id", "event_id", "email_key", "status", "consent"));
        read.addAll(columns);
        return "COPY (SELECT 0, r.event_id" + columns.stream().map(c -> ", r." + c).collect(Collectors.joining())
                + " FROM (SELECT " + String.join(", ", read) + " FROM registration WHERE event_id IN ("
                + ExportSql.events(filter) + ") ORDER BY id OFFSET 0) r WHERE r.status IN (" + ExportSql.statuses(filter) + ")"
                + (filter.requireConsent() ? " AND r.consent <> 0" : "")
                + " AND r.email_key NOT IN (SELECT email FROM suppression) ORDER BY r.id) TO STDOUT";
    }

    /**
     * The statement: each registration of the events with its reason, its events and, when it is
     * exported, the columns read. With several events, a window over the qualifying rows of one
     * address keeps the registration of the latest chosen event and lists the events oldest first.
     */
    static String sql(Filter filter, List<String> columns) {
        List<Long> ids = filter.eventIds();
        String events = ExportSql.events(filter);
        String reason = "CASE WHEN r.status NOT IN (" + ExportSql.statuses(filter) + ") THEN 1"
                + (filter.requireConsent() ? " WHEN r.consent = 0 THEN 2" : "")
                + " WHEN r.email_key IN (SELECT email FROM suppression) THEN 3 ELSE 0 END";
        // Ordered and fenced (OFFSET 0): the reason is worked out once a row, not again in every column's
        // CASE, and the rows come in id order from the primary key with no sort of their own.
        String decided = "SELECT " + reason + " AS reason, r.* FROM registration r WHERE r.event_id IN (" + events
                + ") ORDER BY r.id OFFSET 0";
        String merged;
        if (ids.size() == 1) {
            merged = "SELECT d.*, d.event_id::text AS events FROM (" + decided + ") d";
        } else {
            String recency = "array_position(ARRAY[" + events + "]::bigint[], d.event_id)";
            merged = "SELECT d.*, CASE WHEN d.reason = 0 AND row_number() OVER (PARTITION BY d.reason = 0, d.email_key"
                    + " ORDER BY " + recency + " DESC) > 1 THEN 4 ELSE d.reason END AS fate,"
                    + " string_agg(d.event_id::text, ',') OVER (PARTITION BY d.reason = 0, d.email_key ORDER BY "
                    + recency + " ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS events"
                    + " FROM (" + decided + ") d";
        }
        String fate = ids.size() == 1 ? "m.reason" : "m.fate";
        StringBuilder select = new StringBuilder("SELECT ").append(fate)
                .append(", CASE WHEN ").append(fate).append(" = 0 THEN m.events END");
        for (String column : columns) {
            select.append(", CASE WHEN ").append(fate).append(" = 0 THEN m.").append(column).append(" END");
        }
        return "COPY (" + select + " FROM (" + merged + ") m ORDER BY m.id) TO STDOUT";
    }
}
