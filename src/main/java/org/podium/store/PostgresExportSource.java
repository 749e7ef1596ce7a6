package org.podium.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.podium.domain.RegistrationStatus;

/**
 * A team book's {@link ExportSource}: one {@code COPY (SELECT …) TO STDOUT} in PostgreSQL's text
 * format, so one statement and one snapshot. The server decides every registration's fate: a
 * reason digit first (0 exported, 1 status, 2 consent, 3 suppressed, 4 merged into the same
 * address's registration for a later chosen event, with the events it merges), then, for an
 * exported one only, the fields read; rows come in registration id order. The rows are cut into
 * fields here without a string each ({@link CopiedRow}), and counted for the {@link Tally}. The
 * total the progress needs first is counted at the same time on a second connection that shares
 * the snapshot ({@code pg_export_snapshot}), while the first lines wait for it.
 * How it fits the team book: {@code docs/decisions/0009}.
 */
public final class PostgresExportSource implements ExportSource {
    /** Registrations read between two pieces handed to the writer. */
    private static final int PIECE = 8_192;
    /** How many lines may wait for the count; then reading waits for it (some 100 bytes a line). */
    private static final int HELD = 65_536;
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
        String events = filter.eventIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        String count = "SELECT count(*) FROM registration WHERE event_id IN (" + events + ")";
        // In a transaction of its own the count runs beside the rows, on a second connection in the same snapshot.
        CompletableFuture<Long> total = own ? countAside(Sql.one(c, "SELECT pg_export_snapshot()",
                rs -> rs.getString(1)).orElseThrow(), count) : CompletableFuture.completedFuture(Sql.count(c, count));
        CopyOut copy = c.unwrap(PGConnection.class).getCopyAPI().copyOut(sql(filter, columns));
        Reader<C> reader = new Reader<>(rows, new CopiedRow(filter.eventIds(), fields, columns));
        try {
            // Lines that come before the count are held (a bounded number), not yet rows: rows follow the start.
            List<byte[]> held = new ArrayList<>();
            byte[] line = copy.readFromCopy();
            while (line != null && !total.isDone() && held.size() < HELD) {
                held.add(line);
                line = copy.readFromCopy();
            }
            rows.start(counted(total));
            for (byte[] early : held) {
                reader.line(early);
            }
            held = null;
            for (; line != null; line = copy.readFromCopy()) {
                reader.line(line);
            }
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return reader.tally();
    }

    /** Counts the registrations of the export on another connection, in the snapshot {@code snapshot}. */
    private CompletableFuture<Long> countAside(String snapshot, String count) {
        CompletableFuture<Long> total = new CompletableFuture<>();
        Thread counter = new Thread(() -> {
            try {
                total.complete(db.read(c -> {
                    c.setAutoCommit(false);
                    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                    try (Statement st = c.createStatement()) {
                        st.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
                        return Sql.count(c, count);
                    } finally {
                        c.rollback();
                        c.setAutoCommit(true);
                        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    }
                }));
            } catch (RuntimeException e) {
                total.completeExceptionally(e);
            }
        }, "podium-export-count");
        counter.setDaemon(true);
        counter.start();
        return total;
    }

    /** The count, or its failure as it was thrown. */
    private static long counted(CompletableFuture<Long> total) {
        try {
            return total.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Takes the lines of the COPY in order: counts each registration by its reason, hands the exported to the part. */
    private static final class Reader<C> {
        private final Rows<C> rows;
        private final CopiedRow row;
        private final Part<C> part;
        private final long[] counts = new long[5];
        private long done;

        Reader(Rows<C> rows, CopiedRow row) {
            this.rows = rows;
            this.row = row;
            this.part = rows.part();
        }

        void line(byte[] line) {
            int reason = line[0] - '0';
            counts[reason]++;
            if (reason == 0) {
                part.row(row.next(line));
            }
            if (++done % PIECE == 0) {
                rows.write(part.piece(), done);
            }
        }

        Tally tally() {
            rows.write(part.piece(), done);
            return new Tally(done, counts[1], counts[2], counts[3], counts[4]);
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
     * The statement: each registration of the events with its reason, its events and, when it is
     * exported, the columns read. With several events, a window over the qualifying rows of one
     * address keeps the registration of the latest chosen event and lists the events oldest first.
     */
    static String sql(Filter filter, List<String> columns) {
        List<Long> ids = filter.eventIds();
        String events = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        String statuses = filter.statuses().stream().map(RegistrationStatus::name).sorted()
                .map(s -> "'" + s + "'").collect(Collectors.joining(","));
        String reason = "CASE WHEN r.status NOT IN (" + statuses + ") THEN 1"
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
