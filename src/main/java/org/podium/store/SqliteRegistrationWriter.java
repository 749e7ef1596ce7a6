package org.podium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The laptop book's {@link RegistrationWriter}: writes many registrations of one event inside
 * one transaction, a batch at a time, with no read per row. The caller says which rows are new addresses ({@link #add}) and which belong
 * to registrants the event already had ({@link #update}); a new address that repeats one
 * added earlier by the same work is left out and reported to {@link Repeats}. Obtain it from
 * {@link RegistrationImportStore#writer}; {@link #finish} it, or {@link #abandon} it when the
 * transaction will be rolled back, and close it before the transaction ends.
 * <p>
 * A large import into a book it dominates runs in bulk mode: the registration index is
 * dropped and built again by {@link #finish}, in the same transaction, with a sort instead of
 * a million random inserts; repeats are then found when the unique index is built, and
 * new rows go many to a statement ({@link RegistrationInsert}).
 */
final class SqliteRegistrationWriter extends CountingRegistrationWriter {
    private final Database db;
    private final boolean bulk;
    private final Repeats repeats;
    private final long eventId;
    private RegistrationInsert insert;
    private final PreparedStatement change;
    /** The UPDATE for whole registrants, prepared when the first one comes. */
    private PreparedStatement restore;
    private final long cacheBefore;
    /** In bulk mode, the index set aside until {@link #finish}; null otherwise. */
    private BulkIndexes setAside;
    private final List<Incoming> inserts = new ArrayList<>(BATCH);
    private final List<Incoming> updates = new ArrayList<>();

    SqliteRegistrationWriter(Database db, Connection c, long eventId, boolean bulk, boolean mayUpdate, Repeats repeats)
            throws SQLException {
        this.db = db;
        this.bulk = bulk;
        this.repeats = repeats;
        this.cacheBefore = pragma(c, "cache_size");
        RegistrationImportStore.execute(c, "PRAGMA cache_size = -"
                + (bulk ? RegistrationImportStore.BULK_CACHE_KIB : RegistrationImportStore.IMPORT_CACHE_KIB));
        if (bulk) {
            setAside = BulkIndexes.drop(c, Sql.count(c, "SELECT coalesce(max(id), 0) FROM registration"));
        }
        this.eventId = eventId;
        this.change = mayUpdate ? c.prepareStatement(RegistrationUpdate.SQL) : null;
    }

    /**
     * The INSERT statements, prepared at the first batch so the consent source most rows of a
     * file share can be a literal: the driver binds every parameter of every row, so only SQL
     * text is free.
     */
    private RegistrationInsert insert(Connection c) {
        if (insert == null) {
            String consentSource = inserts.stream().map(row -> row.registration().consentSource())
                    .filter(text -> !text.isEmpty()).findFirst().orElse("");
            insert = new RegistrationInsert(c, eventId, bulk, consentSource);
        }
        return insert;
    }

    private static long pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Queues a row with an address the event does not have; a full batch is written at once. */
    @Override
    public void add(Incoming row) {
        inserts.add(row);
        if (setAside != null) {
            setAside.added(row.line());
        }
        if (inserts.size() >= BATCH) {
            flush();
        }
    }

    /** Queues a row for a registrant the event had, to be given the row's values. */
    @Override
    public void update(Incoming row) {
        if (change == null) {
            throw new IllegalStateException("this writer was opened without updates");
        }
        updates.add(row);
        if (updates.size() >= BATCH) {
            flush();
        }
    }

    /** Writes every queued row. */
    @Override
    public void flush() {
        db.write(c -> {
            if (!inserts.isEmpty()) {
                boolean[] written = insert(c).insert(inserts);
                for (int i = 0; i < written.length; i++) {
                    if (written[i]) {
                        inserted++;
                    } else {
                        repeated++;
                        repeats.repeated(inserts.get(i).registration().email(), inserts.get(i).line(), -1);
                    }
                }
                inserts.clear();
            }
            if (!updates.isEmpty()) {
                for (Incoming row : updates) {
                    if (row.whole()) {
                        if (restore == null) {
                            restore = c.prepareStatement(RegistrationUpdate.WHOLE_SQL);
                        }
                        RegistrationUpdate.bindWhole(restore, row);
                        restore.addBatch();
                    } else {
                        RegistrationUpdate.bind(change, row);
                        change.addBatch();
                    }
                }
                count(change.executeBatch());
                if (restore != null) {
                    count(restore.executeBatch());
                }
                updates.clear();
            }
            return null;
        });
    }

    private void count(int[] changed) {
        for (int count : changed) {
            if (count > 0) {
                updated++;
            } else {
                unchanged++;
            }
        }
    }

    /**
     * Writes what is queued and, in bulk mode, builds the index again, leaving out every
     * repeat of an address the unique index finds.
     */
    @Override
    public void finish() {
        flush();
        if (setAside != null) {
            int removed = db.write(c -> setAside.rebuild(c, repeats));
            inserted -= removed;
            repeated += removed;
            setAside = null;
        }
        finished = true;
    }

    /**
     * Finishes the work unless it was finished or abandoned (so a transaction can never commit
     * without its index), releases the statements and restores the connection's cache.
     */
    @Override
    public void close() {
        try {
            if (!finished && !abandoned) {
                finish();
            }
        } finally {
            db.write(c -> {
                try {
                    if (insert != null) {
                        insert.close();
                    }
                    if (change != null) {
                        change.close();
                    }
                    if (restore != null) {
                        restore.close();
                    }
                } finally {
                    RegistrationImportStore.execute(c, "PRAGMA cache_size = " + cacheBefore);
                }
                return null;
            });
        }
    }
}
