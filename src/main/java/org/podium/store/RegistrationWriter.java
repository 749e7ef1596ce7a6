package org.podium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.podium.domain.Registration;

/**
 * Writes many registrations of one event inside one transaction, a batch at a time, with no
 * read per row: new addresses are inserted, and an address the event already has is either
 * left as it is or, when updating, given the values the file supplies. The unique index on
 * (event, address) finds the conflicts; {@link Conflicts} says which of them are registrants
 * the event had and which repeat an address this same work added. Obtain it from
 * {@link RegistrationBulkStore#writer}; close it before the transaction ends.
 * <p>
 * For a large import the book-wide address index is dropped and built again on close, in the
 * same transaction: one sort instead of a million random inserts.
 */
public final class RegistrationWriter implements AutoCloseable {
    /** How many rows are written in one batch. */
    public static final int BATCH = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String INSERT = "INSERT INTO registration(event_id, email, email_key, first_name,"
            + " last_name, organisation, job_title, city, country, language, registered_at, source, status,"
            + " minutes_attended, consent, consent_at, consent_source, custom_answers, notes)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(event_id, email_key) DO NOTHING";
    private static final String[] TEXT = {"first_name", "last_name", "organisation", "job_title", "city", "country",
        "language", "notes"};
    /**
     * Given text replaces stored text and empty text keeps it; a given time, status or consent
     * replaces the stored one. The row is touched only when something differs, so the count
     * of changed rows is the count of updated registrants.
     */
    private static final String UPDATE = updateSql();

    /**
     * One row to write, the line it came from, and which of its typed values the file actually
     * gave. The address key is worked out once, where the row is made, off the writing thread.
     */
    public record Incoming(long line, Registration registration, String emailKey, boolean statusGiven,
                           boolean registeredAtGiven, boolean consentGiven) {
        public Incoming(long line, Registration registration, boolean statusGiven, boolean registeredAtGiven,
                        boolean consentGiven) {
            this(line, registration, registration.emailKey(), statusGiven, registeredAtGiven, consentGiven);
        }
    }

    /** Tells apart the two reasons a row's address is already in the event. */
    @FunctionalInterface
    public interface Conflicts {
        /**
         * True if the row's address belongs to a registrant the event had before this work
         * began (the first time it is asked about it); false if the address was already given
         * by an earlier row of this work, so the row repeats it.
         */
        boolean existed(Incoming row);
    }

    private final Database db;
    private final long eventId;
    private final boolean update;
    private final Conflicts conflicts;
    private final PreparedStatement insert;
    private final PreparedStatement change;
    private final long cacheBefore;
    private final String deferred;
    private final List<Incoming> pending = new ArrayList<>(BATCH);
    private long inserted;
    private long updated;
    private long unchanged;
    private long repeated;

    RegistrationWriter(Database db, Connection c, long eventId, boolean update, boolean deferIndex,
                       Conflicts conflicts) throws SQLException {
        this.db = db;
        this.eventId = eventId;
        this.update = update;
        this.conflicts = conflicts;
        this.cacheBefore = cacheSize(c);
        RegistrationBulkStore.execute(c, "PRAGMA cache_size = -" + RegistrationBulkStore.IMPORT_CACHE_KIB);
        this.deferred = deferIndex ? deferIndex(c) : null;
        this.insert = c.prepareStatement(INSERT);
        this.change = update ? c.prepareStatement(UPDATE) : null;
    }

    private static String updateSql() {
        StringBuilder set = new StringBuilder();
        StringBuilder differs = new StringBuilder();
        for (int i = 0; i < TEXT.length; i++) {
            String value = "coalesce(nullif(?" + (i + 3) + ",''), " + TEXT[i] + ")";
            set.append(TEXT[i]).append('=').append(value).append(", ");
            differs.append(TEXT[i]).append(" IS NOT ").append(value).append(" OR ");
        }
        String answers = "CASE WHEN ?16 = '{}' THEN custom_answers ELSE json_patch(custom_answers, ?16) END";
        set.append("registered_at=coalesce(?11, registered_at), status=coalesce(?12, status),"
                + " consent_at=CASE WHEN ?13 IS NULL OR ?13 = consent THEN consent_at ELSE ?14 END,"
                + " consent_source=CASE WHEN ?13 IS NULL OR ?13 = consent THEN consent_source ELSE ?15 END,"
                + " consent=coalesce(?13, consent), custom_answers=").append(answers);
        differs.append("registered_at IS NOT coalesce(?11, registered_at) OR status IS NOT coalesce(?12, status)"
                + " OR consent IS NOT coalesce(?13, consent) OR custom_answers IS NOT ").append(answers);
        return "UPDATE registration SET " + set + " WHERE event_id=?1 AND email_key=?2 AND (" + differs + ")";
    }

    private static String deferIndex(Connection c) throws SQLException {
        String sql;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT sql FROM sqlite_schema WHERE type='index' AND name='registration_by_email_key'")) {
            sql = rs.next() ? rs.getString(1) : null;
        }
        if (sql != null) {
            RegistrationBulkStore.execute(c, "DROP INDEX registration_by_email_key");
        }
        return sql;
    }

    private static long cacheSize(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA cache_size")) {
            return rs.next() ? rs.getLong(1) : -2000;
        }
    }

    /** Queues a row; a full batch is written at once. The row's address must not repeat one already added. */
    public void add(Incoming row) {
        pending.add(row);
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    /** Writes every queued row. */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        db.write(c -> {
            for (Incoming row : pending) {
                bindInsert(row);
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    inserted++;
                } else if (!conflicts.existed(pending.get(i))) {
                    repeated++;
                } else if (update) {
                    bindUpdate(pending.get(i));
                    change.addBatch();
                } else {
                    unchanged++;
                }
            }
            if (update) {
                for (int count : change.executeBatch()) {
                    if (count > 0) {
                        updated++;
                    } else {
                        unchanged++;
                    }
                }
            }
            return null;
        });
        pending.clear();
    }

    // Typed calls rather than Sql.bind: this runs for every column of every row of an import.
    private void bindInsert(Incoming row) throws SQLException {
        Registration r = row.registration();
        insert.setLong(1, eventId);
        insert.setString(2, r.email());
        insert.setString(3, row.emailKey());
        insert.setString(4, r.firstName());
        insert.setString(5, r.lastName());
        insert.setString(6, r.organisation());
        insert.setString(7, r.jobTitle());
        insert.setString(8, r.city());
        insert.setString(9, r.country());
        insert.setString(10, r.language());
        insert.setString(11, IsoInstants.format(r.registeredAt()));
        insert.setString(12, r.source().name());
        insert.setString(13, r.status().name());
        insert.setInt(14, r.minutesAttended());
        insert.setInt(15, r.consent() ? 1 : 0);
        insert.setString(16, IsoInstants.format(r.consentAt()));
        insert.setString(17, r.consentSource());
        insert.setString(18, answers(r));
        insert.setString(19, r.notes());
    }

    private void bindUpdate(Incoming row) throws SQLException {
        Registration r = row.registration();
        change.setLong(1, eventId);
        change.setString(2, row.emailKey());
        String[] text = {r.firstName(), r.lastName(), r.organisation(), r.jobTitle(), r.city(), r.country(),
            r.language(), r.notes()};
        for (int i = 0; i < text.length; i++) {
            change.setString(i + 3, text[i]);
        }
        setOrNull(11, row.registeredAtGiven() ? IsoInstants.format(r.registeredAt()) : null);
        setOrNull(12, row.statusGiven() ? r.status().name() : null);
        if (row.consentGiven()) {
            change.setInt(13, r.consent() ? 1 : 0);
        } else {
            change.setNull(13, Types.INTEGER);
        }
        setOrNull(14, IsoInstants.format(r.consentAt()));
        change.setString(15, r.consentSource());
        change.setString(16, answers(r));
    }

    /** The custom answers as the JSON object the registration table keeps. */
    private static String answers(Registration r) {
        if (r.customAnswers().isEmpty()) {
            return "{}";
        }
        try {
            return JSON.writeValueAsString(r.customAnswers());
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot store the custom answers of " + r.email() + ": " + e.getOriginalMessage(), e);
        }
    }

    private void setOrNull(int index, String value) throws SQLException {
        if (value == null) {
            change.setNull(index, Types.VARCHAR);
        } else {
            change.setString(index, value);
        }
    }

    public long inserted() {
        return inserted;
    }

    public long updated() {
        return updated;
    }

    public long unchanged() {
        return unchanged;
    }

    /** Rows left out because an earlier row of this work gave the same address. */
    public long repeated() {
        return repeated;
    }

    /**
     * Builds any deferred index, releases the statements and restores the connection's cache;
     * queued rows not flushed are dropped. Always close a writer before its transaction ends.
     */
    @Override
    public void close() {
        db.write(c -> {
            try {
                insert.close();
                if (change != null) {
                    change.close();
                }
                if (deferred != null) {
                    RegistrationBulkStore.execute(c, deferred);
                }
            } finally {
                RegistrationBulkStore.execute(c, "PRAGMA cache_size = " + cacheBefore);
            }
            return null;
        });
    }
}
