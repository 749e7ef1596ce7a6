package org.podium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.podium.domain.Registration;
import org.podium.store.RegistrationExportStore.Filter;
import org.podium.store.RegistrationExportStore.NameRenderer;
import org.podium.store.RegistrationExportStore.NameRows;
import org.podium.store.RegistrationExportStore.Tally;
import org.sqlite.SQLiteConfig;

/**
 * How {@link RegistrationExportStore#readNames} reads: the event's address order cut into
 * chunks of {@link #CHUNK} registrations at keys found in the address index, this thread
 * rendering the even chunks and a helper thread on a second connection the odd ones, so
 * SQLite steps on both cores; the helper's chunks queue until this thread writes them in order.
 * Both connections read the same snapshot: they start their read transactions while a third
 * connection holds the book's write lock, so no commit can fall between them. When the lock
 * is taken (another Podium is writing), the book is read-only or there is one core, this
 * thread reads everything in one pass.
 * <p>
 * SQLite leaves out rows for their status and consent; the suppression list, in the same
 * order as the rows, is walked alongside each chunk's rows, which costs a comparison a row
 * where searching the list's index for every row cost more than reading the row.
 */
final class NameChunks<T> {
    /** Registrations per chunk: enough to make a chunk's two queries negligible, small enough to queue. */
    static final int CHUNK = 16_384;
    private final int chunk;
    private static final int QUEUED = 2;
    /**
     * Joins the normalised address, which the suppression list is compared with, and the three
     * fields of a row with {@link JoinedNames#SEPARATOR}, as the general path joins its columns.
     */
    private static final String JOINED = JoinedRegistrations.sql(List.of("email", "first_name", "last_name"));
    /** The suppressed addresses of a chunk's key range, or from a key to the end, in the rows' order. */
    private static final String SUPPRESSED_FROM = "SELECT email FROM suppression WHERE email >= ?";
    private static final String SUPPRESSED_RANGE = SUPPRESSED_FROM + " AND email < ? ORDER BY email";
    private static final String SUPPRESSED_REST = SUPPRESSED_FROM + " ORDER BY email";

    private final Database db;
    private final NameRows<T> rows;
    private final List<Long> eventIds;
    private final List<Object> params = new ArrayList<>();
    private final String boundary;
    private final String range;
    private final String rest;
    /** The keys found so far that start chunks 1, 2 …, and whether the last chunk's start is among them. */
    private final List<String> boundaries = new ArrayList<>();
    private boolean lastChunkFound;

    /** A helper's chunk, or why the helper stopped. */
    private record Handed<T>(T chunk, long registrations, Exception failure) {
    }

    NameChunks(Database db, Filter filter, NameRows<T> rows, int chunk) {
        this.db = db;
        this.chunk = chunk;
        this.rows = rows;
        this.eventIds = filter.eventIds();
        params.addAll(RegistrationExportStore.statusNames(filter));
        params.add(filter.eventIds().get(0));
        boundary = "SELECT email_key FROM registration WHERE event_id = ? AND email_key >= ?"
                + " ORDER BY email_key LIMIT 1 OFFSET " + chunk;
        // A qualifying row is its key and three fields joined, a left-out one the number of its reason.
        String select = "SELECT " + RegistrationExportStore.excludedBeforeSuppression(filter, JOINED) + ", r.id"
                + " FROM registration r WHERE r.event_id = ? AND r.email_key >= ?";
        range = select + " AND r.email_key < ? ORDER BY r.email_key";
        rest = select + " ORDER BY r.email_key";
    }

    /** Reads on {@code c}, the book's reading connection, and returns how the registrations divided. */
    Tally read(Connection c) throws SQLException {
        Connection helper = !db.readOnly() && Runtime.getRuntime().availableProcessors() > 1
                ? BookCopy.readOnly(db.path()) : null;
        try {
            boolean together = helper != null && pinTogether(c, helper);
            if (!together) {
                begin(c);
            }
            try {
                RegistrationExportStore.start(rows, c, eventIds);
                long[] counts = new long[4];
                // An event of one chunk leaves the helper nothing to read: it finds no chunk of its own and stops.
                if (together) {
                    walkWithHelper(c, helper, counts);
                } else {
                    walk(c, 0, 1, counts, null);
                }
                return RegistrationExportStore.tally(counts);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("The export was interrupted; nothing was written.", e);
            } finally {
                execute(c, "COMMIT");
            }
        } finally {
            if (helper != null) {
                helper.close();
            }
        }
    }

    /**
     * Starts read transactions on both connections under a write lock taken without waiting;
     * false, with neither started, when another connection holds the lock.
     */
    private boolean pinTogether(Connection c, Connection helper) throws SQLException {
        SQLiteConfig noWait = new SQLiteConfig();
        noWait.setBusyTimeout(0);
        try (Connection lock = Connections.open(db.path(), noWait)) {
            try {
                execute(lock, "BEGIN IMMEDIATE");
            } catch (SQLException e) {
                if (SqliteFailure.busy(e)) {
                    return false;
                }
                throw e;
            }
            try {
                begin(c);
                try {
                    begin(helper);
                } catch (SQLException | RuntimeException e) {
                    execute(c, "ROLLBACK");
                    throw e;
                }
            } finally {
                execute(lock, "ROLLBACK");
            }
            return true;
        }
    }

    /** Begins a read transaction and reads, which is when SQLite fixes its snapshot. */
    private static void begin(Connection connection) throws SQLException {
        execute(connection, "BEGIN");
        Sql.count(connection, "SELECT count(*) FROM sqlite_schema");
    }

    private void walkWithHelper(Connection c, Connection helperConnection, long[] counts)
            throws SQLException, InterruptedException {
        BlockingQueue<Handed<T>> queue = new ArrayBlockingQueue<>(QUEUED);
        long[] helperCounts = new long[4];
        Thread helper = new Thread(() -> {
            try {
                walk(helperConnection, 1, 2, helperCounts, queue);
            } catch (SQLException | RuntimeException e) {
                try {
                    queue.put(new Handed<>(null, 0, e));
                } catch (InterruptedException stopped) {
                    // This thread was told to stop: the reading thread has already failed or finished.
                    Thread.currentThread().interrupt();
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "podium-export-reader");
        helper.setDaemon(true);
        helper.start();
        boolean joined = false;
        try {
            walk(c, 0, 2, counts, queue);
            helper.join();
            joined = true;
        } finally {
            if (!joined) {
                helper.interrupt();
                joinUninterruptibly(helper);
            }
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] += helperCounts[i];
        }
    }

    /**
     * Walks the chunks in order on one connection, rendering every {@code stride}-th one from
     * chunk {@code mine}. The reading thread ({@code mine} 0) writes its own chunks and, between
     * them, takes the helper's from {@code queue}; the helper puts its chunks there.
     */
    private void walk(Connection connection, int mine, int stride, long[] counts, BlockingQueue<Handed<T>> queue)
            throws SQLException, InterruptedException {
        NameRenderer<T> renderer = rows.renderer();
        long done = 0;
        try (PreparedStatement next = connection.prepareStatement(boundary);
             PreparedStatement bounded = connection.prepareStatement(range);
             PreparedStatement open = connection.prepareStatement(rest);
             PreparedStatement suppressedBounded = connection.prepareStatement(SUPPRESSED_RANGE);
             PreparedStatement suppressedOpen = connection.prepareStatement(SUPPRESSED_REST)) {
            String from = "";
            for (long index = 0; ; index++) {
                String to = stride == 1 ? null : boundaryAfter(index, next);
                if (index % stride == mine) {
                    long covered = render(connection, to == null ? open : bounded,
                            to == null ? suppressedOpen : suppressedBounded, from, to, renderer, counts, stride == 1);
                    if (mine == 0) {
                        done += covered;
                        rows.write(renderer.chunk(), done);
                    } else {
                        queue.put(new Handed<>(renderer.chunk(), covered, null));
                    }
                } else if (mine == 0) {
                    done += writeHanded(queue.take(), done);
                }
                if (to == null) {
                    return;
                }
                from = to;
            }
        }
    }

    private long writeHanded(Handed<T> handed, long done) throws SQLException {
        if (handed.failure() instanceof SQLException e) {
            throw e;
        }
        if (handed.failure() != null) {
            throw (RuntimeException) handed.failure();
        }
        rows.write(handed.chunk(), done + handed.registrations());
        return handed.registrations();
    }

    /**
     * The key that ends chunk {@code index} and starts the next, null when it is the last. The
     * keys are found once, in order, by whichever thread needs the next one first, with its own
     * connection: both read the same snapshot, so either finds the same key.
     */
    private synchronized String boundaryAfter(long index, PreparedStatement next) throws SQLException {
        while (boundaries.size() <= index && !lastChunkFound) {
            next.setObject(1, params.get(params.size() - 1));
            next.setString(2, boundaries.isEmpty() ? "" : boundaries.get(boundaries.size() - 1));
            try (ResultSet rs = next.executeQuery()) {
                if (rs.next()) {
                    boundaries.add(rs.getString(1));
                } else {
                    lastChunkFound = true;
                }
            }
        }
        return index < boundaries.size() ? boundaries.get((int) index) : null;
    }

    /**
     * Renders the registrations with keys in {@code [from, to)} (to the end when {@code to} is
     * null), and leaves out those whose key {@code suppressed}, the list's statement for the same
     * range, gives; returns how many registrations there were. In one pass over the whole event
     * ({@code inPieces}) the chunk is written every {@link #chunk} registrations, so memory stays flat.
     */
    private long render(Connection connection, PreparedStatement ps, PreparedStatement suppressed, String from,
                        String to, NameRenderer<T> renderer, long[] counts, boolean inPieces) throws SQLException {
        Sql.bind(ps, params.toArray());
        ps.setString(params.size() + 1, from);
        if (to != null) {
            ps.setString(params.size() + 2, to);
            suppressed.setString(2, to);
        }
        suppressed.setString(1, from);
        long seen = 0;
        int[] at = new int[3];
        try (ResultSet rs = ps.executeQuery(); SuppressedKeys list = new SuppressedKeys(suppressed.executeQuery())) {
            while (rs.next()) {
                take(connection, rs, list, renderer, counts, at);
                if (++seen % chunk == 0 && inPieces) {
                    rows.write(renderer.chunk(), seen);
                }
            }
        }
        return seen;
    }

    /**
     * Counts the current row, and renders it unless it is left out. A method of its own, called
     * once a row, so that the JIT compiles it after a few hundred rows: the loop around it runs
     * in the interpreter until tens of thousands of rows have gone by.
     */
    private static <T> void take(Connection connection, ResultSet rs, SuppressedKeys list, NameRenderer<T> renderer,
                                 long[] counts, int[] at) throws SQLException {
        counts[0]++;
        byte[] row = rs.getBytes(1);
        if (RegistrationExportStore.countedOut(row, counts)) {
            // Left out by SQLite for its status or consent.
        } else if (row != null && JoinedNames.split(row, at) && JoinedNames.asStored(row, at)) {
            if (list.holds(row, at[0] - 1)) {
                counts[RegistrationExportStore.BY_SUPPRESSION]++;
            } else {
                renderer.names(row, at[0], at[1], at[2]);
            }
        } else {
            Registration stored = stored(connection, rs.getLong(2));
            if (stored == null) {
                counts[RegistrationExportStore.BY_SUPPRESSION]++;
            } else {
                renderer.registration(stored);
            }
        }
    }

    /**
     * The rare row whose text is not well-formed UTF-8, read as strings as {@link RegistrationExportStore#read}
     * does; null when its address is suppressed (its key could not be compared as bytes).
     */
    private static Registration stored(Connection connection, long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT r.*, " + RegistrationExportStore.SUPPRESSED
                + " AS suppressed FROM registration r WHERE r.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean("suppressed") ? null
                        : RegistrationExportStore.partial(RegistrationColumns.of(rs), RegistrationExportStore.Fields.NAMES);
            }
        }
    }

    /**
     * The suppressed addresses of a chunk's range in ascending order, as SQLite orders text (its
     * bytes, unsigned), walked forward as the chunk's keys, in the same order, come by.
     */
    private static final class SuppressedKeys implements AutoCloseable {
        private final ResultSet keys;
        private byte[] next;

        SuppressedKeys(ResultSet keys) throws SQLException {
            this.keys = keys;
            advance();
        }

        /** Whether the list holds the key {@code row[0, keyEnd)}; keys must come in ascending order. */
        boolean holds(byte[] row, int keyEnd) throws SQLException {
            while (next != null && Arrays.compareUnsigned(next, 0, next.length, row, 0, keyEnd) < 0) {
                advance();
            }
            return next != null && Arrays.equals(next, 0, next.length, row, 0, keyEnd);
        }

        private void advance() throws SQLException {
            next = keys.next() ? keys.getBytes(1) : null;
        }

        @Override
        public void close() throws SQLException {
            keys.close();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
