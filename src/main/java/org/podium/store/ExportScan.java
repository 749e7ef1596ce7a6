package org.podium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.podium.store.ExportSource.Part;
import org.podium.store.ExportSource.Rows;
import org.podium.store.ExportSource.Tally;
import org.sqlite.SQLiteConfig;

/**
 * How {@link RegistrationExportStore} reads an export: the events' range of row ids cut into
 * chunks of {@link #CHUNK} ids, in storage order, this thread reading the even chunks and a
 * helper thread on a second connection the odd ones, so SQLite steps on both cores; the
 * helper's pieces queue until this thread writes them in order. Both connections read the same
 * snapshot: they start their read transactions while a third connection holds the book's write
 * lock, so no commit can fall between them. When the lock is taken (another Podium is
 * writing), the book is read-only or there is one core, this thread reads everything alone.
 * The decision and its invariants: {@code docs/decisions/0008}.
 */
final class ExportScan<C> {
    /** Row ids per chunk: enough to make a chunk's query negligible, small enough to queue. */
    static final int CHUNK = 16_384;
    private static final int QUEUED = 2;

    private final Database db;
    private final ExportSql sql;
    private final Rows<C> rows;
    private final int chunk;
    private final boolean helped;
    private SuppressedKeys suppressed;
    private long first;
    private long end;

    /** A helper's piece, or why the helper stopped. */
    private record Handed<C>(C piece, long registrations, Exception failure) {
    }

    ExportScan(Database db, ExportSql sql, Rows<C> rows, int chunk, boolean helped) {
        this.db = db;
        this.sql = sql;
        this.rows = rows;
        this.chunk = chunk;
        this.helped = helped;
    }

    /** Reads on {@code c}, the book's reading connection, and returns how the registrations divided. */
    Tally read(Connection c) throws SQLException {
        Connection helper = helped && !db.readOnly() && Runtime.getRuntime().availableProcessors() > 1
                ? BookCopy.readOnly(db.path()) : null;
        try {
            boolean together = helper != null && pinTogether(c, helper);
            if (!together) {
                begin(c);
            }
            try {
                TallyCount counts = new TallyCount();
                if (extent(c) > 0) {
                    suppressed = SuppressedKeys.read(c);
                    if (together && end - first > chunk) {
                        walkWithHelper(c, helper, counts);
                    } else {
                        walk(c, 0, 1, counts, null);
                    }
                }
                return counts.tally();
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

    /** Tells the rows how many registrations there are and finds their row ids; returns how many. */
    private long extent(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.extent()); ResultSet rs = ps.executeQuery()) {
            rs.next();
            long registrations = rs.getLong(1);
            first = rs.getLong(2);
            end = rs.getLong(3) + 1;
            rows.start(registrations);
            return registrations;
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

    private void walkWithHelper(Connection c, Connection helperConnection, TallyCount counts)
            throws SQLException, InterruptedException {
        BlockingQueue<Handed<C>> queue = new ArrayBlockingQueue<>(QUEUED);
        TallyCount helperCounts = new TallyCount();
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
        counts.add(helperCounts);
    }

    /**
     * Walks the chunks in order on one connection, reading every {@code stride}-th one from
     * chunk {@code mine}. The reading thread ({@code mine} 0) writes its own pieces and, between
     * them, takes the helper's from {@code queue}; the helper puts its pieces there. Alone
     * ({@code stride} 1), it reads the whole range at once and writes a piece every chunk's
     * worth of registrations, so memory stays flat.
     */
    private void walk(Connection connection, int mine, int stride, TallyCount counts, BlockingQueue<Handed<C>> queue)
            throws SQLException, InterruptedException {
        Part<C> part = rows.part();
        JoinedRow row = new JoinedRow(sql);
        long done = 0;
        try (PreparedStatement scan = connection.prepareStatement(sql.scan())) {
            long size = stride == 1 ? end - first : chunk;
            for (long index = 0, from = first; from < end; index++, from += size) {
                if (index % stride == mine) {
                    long covered = read(connection, scan, from, Math.min(end, from + size), part, row, counts,
                            stride == 1 ? n -> rows.write(part.piece(), n) : null);
                    if (mine == 0) {
                        done += covered;
                        rows.write(part.piece(), done);
                    } else {
                        queue.put(new Handed<>(part.piece(), covered, null));
                    }
                } else if (mine == 0) {
                    done += writeHanded(queue.take(), done);
                }
            }
        }
    }

    private long writeHanded(Handed<C> handed, long done) throws SQLException {
        if (handed.failure() instanceof SQLException e) {
            throw e;
        }
        if (handed.failure() != null) {
            throw (RuntimeException) handed.failure();
        }
        rows.write(handed.piece(), done + handed.registrations());
        return handed.registrations();
    }

    /** Where a lone reader hands a piece over in the middle of its one range. */
    private interface Midway {
        void piece(long registrationsDone);
    }

    /** Reads the registrations with row ids in {@code [from, to)}; returns how many there were. */
    private long read(Connection connection, PreparedStatement scan, long from, long to, Part<C> part, JoinedRow row,
                      TallyCount counts, Midway midway) throws SQLException {
        scan.setLong(1, from);
        scan.setLong(2, to);
        long seen = 0;
        try (ResultSet rs = scan.executeQuery()) {
            while (rs.next()) {
                take(connection, rs, part, row, counts);
                if (++seen % chunk == 0 && midway != null) {
                    midway.piece(seen);
                }
            }
        }
        return seen;
    }

    /**
     * Counts the current registration, and gives it to the part unless it is left out. A method
     * of its own, called once a row, so that the JIT compiles it after a few hundred rows: the
     * loop around it runs in the interpreter until tens of thousands of rows have gone by.
     */
    private void take(Connection connection, ResultSet rs, Part<C> part, JoinedRow row, TallyCount counts)
            throws SQLException {
        counts.total++;
        byte[] value = rs.getBytes(1);
        if (value.length == 1) {
            counts.leftOut(value[0]);
        } else if (value[0] == ExportSql.MERGED) {
            // A later event speaks for this address, unless it is suppressed: then every registration of it is.
            if (suppressed.holds(value, 2, value.length)) {
                counts.bySuppression++;
            } else {
                counts.merged++;
            }
        } else if (row.next(value)) {
            if (row.suppressedBy(suppressed)) {
                counts.bySuppression++;
            } else {
                part.row(row);
            }
        } else {
            StoredRow stored = StoredRow.read(connection, sql, rs.getLong(2));
            if (stored.suppressed()) {
                counts.bySuppression++;
            } else {
                part.row(stored);
            }
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
