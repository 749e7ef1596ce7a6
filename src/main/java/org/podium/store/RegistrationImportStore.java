package org.podium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.podium.domain.Emails;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationStatus;

/**
 * Registrations in bulk: imports that write a whole file in one transaction through batched
 * statements, and reads that stream an event's registrants without holding them all. Single
 * registrations are {@link RegistrationStore}'s.
 */
public final class RegistrationImportStore {
    /**
     * The page cache an import may use, in KiB (SQLite's negative cache_size). Imports insert
     * into the unique index in random order; a cache that holds its upper levels saves most of
     * the re-reads, while staying well inside the import's memory budget.
     */
    static final int IMPORT_CACHE_KIB = 48 * 1024;
    /**
     * The page cache of a bulk import, in KiB. With no index to keep in memory, rows are only
     * appended; and the sort that builds the index at the end is fastest in small runs that
     * a second thread can sort while the first reads (measured: 4 MiB takes half the time of 48).
     */
    static final int BULK_CACHE_KIB = 4 * 1024;
    /** The import size, in rows, from which the index is rebuilt rather than updated row by row. */
    static final long BULK_FROM = 50_000;
    /** Rows a team book's server sends at a time when a read streams them. */
    static final int STREAM_PAGE = 2_000;

    private final BookDatabase db;

    public RegistrationImportStore(BookDatabase db) {
        this.db = db;
    }

    /** A signal that carries a result out of a transaction that must not be kept. */
    private static final class Discard extends RuntimeException {
        private final transient Object result;

        Discard(Object result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    /**
     * Runs {@code work} in one write transaction and keeps it only if {@code keep} accepts the
     * result; otherwise rolls everything back. Either way the result is returned. An exception
     * from the work rolls back and propagates. Must not be called inside another transaction.
     */
    @SuppressWarnings("unchecked")
    public <T> T inTransaction(Supplier<T> work, Predicate<T> keep) {
        try {
            return db.write(c -> {
                T result = work.get();
                if (!keep.test(result)) {
                    throw new Discard(result);
                }
                return result;
            });
        } catch (Discard discarded) {
            return (T) discarded.result;
        }
    }

    /** The highest registration id in the book; every row added later in a transaction has a higher one. */
    public long maxId() {
        return db.read(c -> Sql.count(c, "SELECT coalesce(max(id), 0) FROM registration"));
    }

    /** How many of an event's registrations have one of these statuses. */
    public long count(long eventId, Collection<RegistrationStatus> statuses) {
        if (statuses.isEmpty()) {
            return 0;
        }
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM registration WHERE event_id=? AND status IN ("
                + placeholders(statuses.size()) + ")", params(eventId, statuses)));
    }

    /** How many of the event's registrations up to id {@code maxId} have one of these statuses. */
    public long countUpTo(long eventId, long maxId, Collection<RegistrationStatus> statuses) {
        if (statuses.isEmpty()) {
            return 0;
        }
        Object[] params = params(eventId, statuses);
        Object[] withId = java.util.Arrays.copyOf(params, params.length + 1);
        withId[params.length] = maxId;
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM registration WHERE event_id=? AND status IN ("
                + placeholders(statuses.size()) + ") AND id<=?", withId));
    }

    /**
     * Applies a capacity to the registrations added after {@code afterId}: taken in the order
     * they were added, those holding a seat ({@code holding}) count off the {@code free}
     * seats, and every REGISTERED one past them becomes WAITLISTED. Returns how many did.
     */
    public long waitlistAddedAfter(long eventId, long afterId, Collection<RegistrationStatus> holding, long free) {
        Object[] params = new Object[holding.size() + 3];
        params[0] = eventId;
        params[1] = afterId;
        int i = 2;
        for (RegistrationStatus s : holding) {
            params[i++] = s;
        }
        params[i] = free;
        return db.write(c -> (long) Sql.update(c, "UPDATE registration SET status='WAITLISTED', " + Versions.BUMP_ONLY + " WHERE id IN"
                + " (SELECT id FROM (SELECT id, status, row_number() OVER (ORDER BY id) AS seat FROM registration"
                + " WHERE event_id=? AND id>? AND status IN (" + placeholders(holding.size()) + ")) AS added"
                + " WHERE status='REGISTERED' AND seat>?)", params));
    }

    /** How many of these normalised addresses the event has; ask a few hundred at a time. */
    public long countExisting(long eventId, List<String> emailKeys) {
        if (emailKeys.isEmpty()) {
            return 0;
        }
        Object[] params = new Object[emailKeys.size() + 1];
        params[0] = eventId;
        for (int i = 0; i < emailKeys.size(); i++) {
            params[i + 1] = emailKeys.get(i);
        }
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM registration WHERE event_id=? AND email_key IN ("
                + placeholders(emailKeys.size()) + ")", params));
    }

    /** Marks a registration attended for {@code minutes}; false if there is no such registration. */
    public boolean markAttended(long registrationId, int minutes) {
        return db.write(c -> Sql.update(c, "UPDATE registration SET status='ATTENDED', minutes_attended=?, "
                + Versions.BUMP_ONLY + " WHERE id=?",
                minutes, registrationId) == 1);
    }

    /** Marks every registration of the event that still has status {@code from} as NO_SHOW with no minutes. */
    public long markNoShow(long eventId, RegistrationStatus from) {
        return db.write(c -> (long) Sql.update(c, "UPDATE registration SET status='NO_SHOW', minutes_attended=0, " + Versions.BUMP_ONLY
                + " WHERE event_id=? AND status=?", eventId, from));
    }

    /** The event's registration for that address, if any. */
    public Optional<Registration> find(long eventId, String email) {
        return db.read(c -> Sql.one(c, "SELECT * FROM registration WHERE event_id=? AND email_key=?",
                RegistrationStore::map, eventId, Emails.normalise(email)));
    }

    /**
     * Hands each of an event's registrations to {@code each} in the order they were added,
     * optionally only those with one status, reading a row at a time.
     */
    public void forEach(long eventId, Optional<RegistrationStatus> status, Consumer<Registration> each) {
        String sql = "SELECT * FROM registration WHERE event_id=?" + (status.isPresent() ? " AND status=?" : "")
                + " ORDER BY id";
        stream(sql, rs -> each.accept(RegistrationStore.map(rs)),
                status.isPresent() ? new Object[] {eventId, status.get()} : new Object[] {eventId});
    }

    /**
     * Hands each row of a query to {@code each}, a page at a time: PostgreSQL's driver keeps
     * every row of a result in memory unless it reads inside a transaction with a fetch size.
     */
    private void stream(String sql, Sql.RowConsumer each, Object... params) {
        db.read(c -> {
            boolean pages = db.dialect() == Dialect.POSTGRESQL && c.getAutoCommit();
            if (pages) {
                c.setAutoCommit(false);
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(STREAM_PAGE);
                Sql.bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.accept(rs);
                    }
                }
            } finally {
                if (pages) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
            return null;
        });
    }

    /**
     * Opens a writer for one event inside the current transaction (see
     * {@link #inTransaction}); close it before the transaction ends. {@code expectedRows}, a
     * rough guess, decides whether the writer works in bulk mode (the index rebuilt once at
     * the end): it does when the rows are many, the book is not much larger than them, and
     * no registrant will be updated, since an update needs the index to find its row. A team
     * book's writer sends the rows through {@code COPY} whatever their number, and trusts that
     * {@link RegistrationWriter#add} gets only addresses the event lacks: {@link #holdEvent}
     * first, then read the event's addresses, then add the others.
     */
    public RegistrationWriter writer(long eventId, long expectedRows, boolean mayUpdate,
                                     RegistrationWriter.Repeats repeats) {
        if (!(db instanceof Database laptop)) {
            return db.write(c -> new CopyRegistrationWriter(db, c, eventId, mayUpdate, repeats, new SeenKeys()));
        }
        boolean bulk = !mayUpdate && expectedRows >= BULK_FROM && maxId() <= expectedRows * 4;
        return db.write(c -> new SqliteRegistrationWriter(laptop, c, eventId, bulk, mayUpdate, repeats));
    }

    /**
     * For each address repeated in an import as {@code spellings} give it, writes the event's
     * registration under its normalised key when its stored spelling differs from the repeat's:
     * two spellings of one address keep the lower-cased one, whichever came first.
     */
    public void spellAsKey(long eventId, List<String> spellings) {
        if (spellings.isEmpty()) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE registration SET email = email_key, " + Versions.BUMP_ONLY
                    + " WHERE event_id=? AND email_key=? AND email <> ? AND email <> email_key")) {
                for (String spelling : spellings) {
                    String cleaned = org.podium.domain.Text.clean(spelling);
                    ps.setLong(1, eventId);
                    ps.setString(2, Emails.normalise(cleaned));
                    ps.setString(3, cleaned);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * Keeps anyone else from adding registrants to the event until this transaction ends, so the
     * addresses read next stay all the event has: an import adds only the others. A laptop
     * book's write transaction keeps everyone out already; a team book locks the event's row,
     * which every new registration's reference to it must share.
     */
    public void holdEvent(long eventId) {
        if (db.dialect() == Dialect.POSTGRESQL) {
            db.write(c -> Sql.list(c, "SELECT id FROM event WHERE id=? FOR UPDATE", rs -> rs.getLong(1), eventId));
        }
    }

    /** Hands each normalised address the event has to {@code each}. */
    public void forEachAddress(long eventId, Consumer<String> each) {
        stream("SELECT email_key FROM registration WHERE event_id=?", rs -> each.accept(rs.getString(1)), eventId);
    }

    /**
     * Runs SQL against the transaction's connection; a helper for the writers of this package,
     * which must never outlive the transaction that lent the connection.
     */
    static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static Object[] params(long eventId, Collection<RegistrationStatus> statuses) {
        Object[] params = new Object[statuses.size() + 1];
        params[0] = eventId;
        int i = 1;
        for (RegistrationStatus s : statuses) {
            params[i++] = s;
        }
        return params;
    }
}
