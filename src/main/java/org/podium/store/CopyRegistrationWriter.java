package org.podium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.podium.domain.Registration;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The team book's {@link RegistrationWriter}, all inside the import's one transaction, so a
 * server lost halfway rolls everything back. The rules are the laptop book's
 * ({@link RegistrationInsert}, {@link RegistrationUpdate}): a repeated address keeps its first
 * line, and each later line is reported with the line kept.
 *
 * <p>A new address goes straight into {@code registration} through one {@code COPY} kept open
 * while the file is read, so the server writes each row once while the next ones are made, and
 * the ids follow the lines. It cannot meet a stored address: the caller holds the event
 * ({@link RegistrationImportStore#holdEvent}) and adds only addresses the event did not have.
 * An address this work sent already ({@link SeenKeys}) is a repeat; it goes, with every update,
 * as CSV text into a temporary table of the transaction, which {@link #finish} writes with one
 * statement each for the known registrants and for the repeats. A repeat whose hash only
 * collides with another address is added there, after the rest. Nothing else may use the
 * connection while the {@code COPY} is open: the caller reads what it needs before it adds.
 */
final class CopyRegistrationWriter extends CountingRegistrationWriter {
    /** Characters of CSV text gathered before they are sent: a few MiB, whatever the file's size. */
    private static final int SEND_AT = 2 << 20;
    /** Characters of new rows gathered before they go down the open {@code COPY}: small, so the server starts early. */
    private static final int DIRECT_AT = 1 << 18;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String TABLE = "podium_incoming";
    /** The temporary table's columns, in the order each CSV line gives them. */
    private static final String COLUMNS = "line, kind, email, email_key, first_name, last_name, organisation,"
            + " job_title, city, country, language, notes, registered_at, source, status, minutes_attended, consent,"
            + " consent_at, consent_source, custom_answers";
    /** {@code registration}'s columns a new row gives, in the order of its CSV line. */
    private static final String DIRECT = "registration (event_id, " + COLUMNS.substring(COLUMNS.indexOf("email"))
            + ")";
    private static final String[] TEXT = {"first_name", "last_name", "organisation", "job_title", "city", "country",
        "language", "notes"};
    /** What an update may change, beside the text columns, for a whole registrant (every field). */
    private static final String[] WHOLE = {"email", "registered_at", "source", "status", "minutes_attended", "consent",
        "consent_at", "consent_source", "custom_answers"};

    private final BookDatabase db;
    private final long eventId;
    private final boolean mayUpdate;
    private final Repeats repeats;
    /** Lines for the temporary table: updates and repeats. */
    private final CsvLines csv = new CsvLines();
    /** Lines of new rows for {@code registration}. */
    private final CsvLines direct = new CsvLines();
    private final SeenKeys seen;
    /** The {@code COPY} into {@code registration}, while one is open. */
    private CopyIn open;
    /** New rows whose address this work sent already. */
    private long repeatLines;
    private long updates;

    CopyRegistrationWriter(BookDatabase db, Connection c, long eventId, boolean mayUpdate, Repeats repeats,
                           SeenKeys seen) throws SQLException {
        this.db = db;
        this.seen = seen;
        this.eventId = eventId;
        this.mayUpdate = mayUpdate;
        this.repeats = repeats;
        RegistrationImportStore.execute(c, "CREATE TEMP TABLE " + TABLE + " (line BIGINT NOT NULL, kind TEXT NOT NULL,"
                + " email TEXT NOT NULL, email_key TEXT NOT NULL, first_name TEXT, last_name TEXT, organisation TEXT,"
                + " job_title TEXT, city TEXT, country TEXT, language TEXT, notes TEXT, registered_at TEXT, source TEXT,"
                + " status TEXT, minutes_attended INTEGER, consent INTEGER, consent_at TEXT, consent_source TEXT,"
                + " custom_answers TEXT, first_line BIGINT) ON COMMIT DROP");
    }

    @Override
    public void add(Incoming row) {
        long first = seen.putIfAbsent(row.emailKey(), row.line());
        if (first < 0) {
            fields(direct.number(eventId), row, true, true, true);
            direct.end();
            if (direct.length() >= DIRECT_AT) {
                sendDirect();
            }
        } else {
            repeatLines++;
            append(row, "a", true, true, true, first);
        }
    }

    @Override
    public void update(Incoming row) {
        if (!mayUpdate) {
            throw new IllegalStateException("this writer was opened without updates");
        }
        updates++;
        if (row.whole()) {
            append(row, "w", true, true, true, -1);
        } else {
            append(row, "u", row.registeredAtGiven(), row.statusGiven(), row.consentGiven(), -1);
        }
    }

    /**
     * One CSV line of the temporary table; a value not given is NULL (an unquoted empty field),
     * as is the first line of a row that is no repeat ({@code firstLine} -1).
     */
    private void append(Incoming row, String kind, boolean registeredAt, boolean status, boolean consent,
                        long firstLine) {
        fields(csv.number(row.line()).field(kind), row, registeredAt, status, consent);
        if (firstLine >= 0) {
            csv.number(firstLine);
        } else {
            csv.field(null);
        }
        csv.end();
        if (csv.length() >= SEND_AT) {
            flush();
        }
    }

    /** The row's values from the address on, each after a comma, as both tables take them. */
    private static void fields(CsvLines to, Incoming row, boolean registeredAt, boolean status, boolean consent) {
        Registration r = row.registration();
        for (String text : new String[] {r.email(), row.emailKey(), r.firstName(), r.lastName(), r.organisation(),
            r.jobTitle(), r.city(), r.country(), r.language(), r.notes()}) {
            to.field(text);
        }
        to.field(registeredAt ? row.registeredAtText() : null).field(r.source().name())
                .field(status ? r.status().name() : null).number(r.minutesAttended());
        if (consent) {
            to.number(r.consent() ? 1 : 0);
        } else {
            to.field(null);
        }
        to.field(row.consentAtText()).field(r.consentSource()).field(RegistrationText.answers(r));
    }

    /** Sends the gathered lines: new rows down the open {@code COPY}, the others to the temporary table. */
    @Override
    public void flush() {
        sendDirect();
        if (csv.length() == 0) {
            return;
        }
        db.write(c -> {
            endDirect();
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + TABLE + " (" + COLUMNS + ", first_line) FROM STDIN (FORMAT csv)");
            try {
                in.writeToCopy(csv.bytes(), 0, csv.length());
                in.endCopy();
            } finally {
                csv.clear();
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            return null;
        });
    }

    /** Sends the gathered new rows down the {@code COPY} into {@code registration}, opening it first if need be. */
    private void sendDirect() {
        if (direct.length() == 0) {
            return;
        }
        db.write(c -> {
            try {
                if (open == null) {
                    open = c.unwrap(PGConnection.class).getCopyAPI()
                            .copyIn("COPY " + DIRECT + " FROM STDIN (FORMAT csv)");
                }
                open.writeToCopy(direct.bytes(), 0, direct.length());
            } catch (SQLException e) {
                throw storedMeanwhile(e);
            } finally {
                direct.clear();
            }
            return null;
        });
    }

    /** Ends the open {@code COPY} into {@code registration}, if any, and counts its rows. */
    private void endDirect() throws SQLException {
        if (open == null) {
            return;
        }
        CopyIn copy = open;
        open = null;
        try {
            inserted += copy.endCopy();
        } catch (SQLException e) {
            throw storedMeanwhile(e);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /**
     * A new address met one the event has after all: someone stored it since the import read
     * the event's addresses, which holding the event should have made impossible.
     */
    private SQLException storedMeanwhile(SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return e;
        }
        return new SQLException("Someone added registrants to this event while the import ran; nothing was"
                + " imported. Import the file again.", e.getSQLState(), e);
    }

    /**
     * Sends what is gathered and ends the {@code COPY}, gives the known registrants the file's
     * values, and reports each repeated address with the line kept.
     */
    @Override
    public void finish() {
        flush();
        db.write(c -> {
            endDirect();
            if (updates > 0) {
                updated = Sql.update(c, updateSql(), eventId);
                unchanged = updates - updated;
            }
            if (repeatLines > 0) {
                reportRepeats(c);
                long added = Sql.update(c, "INSERT INTO " + DIRECT + " SELECT ?,"
                        + " email, email_key, first_name, last_name, organisation, job_title, city, country, language,"
                        + " notes, registered_at, source, status, minutes_attended, consent, consent_at, consent_source,"
                        + " custom_answers FROM " + TABLE + " WHERE kind = 'a' ORDER BY line"
                        + " ON CONFLICT (event_id, email_key) DO NOTHING", eventId);
                inserted += added;
                repeated = repeatLines - added;
            }
            return null;
        });
        finished = true;
    }

    /**
     * Tells each repeat with the line kept. An address sent straight to {@code registration}
     * was kept at the line its hash was first seen; one whose hash only collided with another
     * address is kept at its own first line here, and added.
     */
    private void reportRepeats(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT i.email, i.line, CASE WHEN EXISTS (SELECT 1 FROM"
                + " registration r WHERE r.event_id = ? AND r.email_key = i.email_key) THEN i.first_line ELSE"
                + " (SELECT min(j.line) FROM " + TABLE + " j WHERE j.kind = 'a' AND j.email_key = i.email_key) END"
                + " FROM " + TABLE + " i WHERE i.kind = 'a' ORDER BY i.line")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getLong(2) != rs.getLong(3)) {
                        repeats.repeated(rs.getString(1), rs.getLong(2), rs.getLong(3));
                    }
                }
            }
        }
    }

    /**
     * {@link RegistrationUpdate}'s rules in one statement over the temporary table: a row of
     * kind {@code u} merges (given text and values replace, empty text keeps, answers merge),
     * one of kind {@code w} is a whole registrant and replaces every field; a registrant is
     * touched only when something differs.
     */
    private static String updateSql() {
        StringBuilder set = new StringBuilder();
        StringBuilder differs = new StringBuilder();
        for (String text : TEXT) {
            assign(set, differs, true, text, "coalesce(nullif(i." + text + ", ''), r." + text + ")");
        }
        String consentSame = "i.consent IS NULL OR i.consent = r.consent";
        assign(set, differs, true, "registered_at", "coalesce(i.registered_at, r.registered_at)");
        assign(set, differs, true, "status", "coalesce(i.status, r.status)");
        assign(set, differs, true, "consent", "coalesce(i.consent, r.consent)");
        assign(set, differs, false, "consent_at", "CASE WHEN " + consentSame + " THEN r.consent_at ELSE i.consent_at END");
        assign(set, differs, false, "consent_source", "CASE WHEN " + consentSame + " THEN r.consent_source"
                + " ELSE i.consent_source END");
        for (String field : new String[] {"email", "source", "minutes_attended"}) {
            assign(set, differs, true, field, "r." + field);
        }
        set.append("custom_answers = CASE WHEN i.kind = 'w' THEN i.custom_answers WHEN i.custom_answers = '{}'"
                + " THEN r.custom_answers ELSE (r.custom_answers::jsonb || i.custom_answers::jsonb)::text END, ");
        differs.append("(i.kind = 'w' AND r.custom_answers IS DISTINCT FROM i.custom_answers) OR (i.kind = 'u'"
                + " AND i.custom_answers <> '{}' AND r.custom_answers::jsonb IS DISTINCT FROM"
                + " r.custom_answers::jsonb || i.custom_answers::jsonb)");
        return "UPDATE registration r SET " + set + "version = r.version + 1"
                + " FROM " + TABLE + " i WHERE r.event_id = ? AND r.email_key = i.email_key AND i.kind <> 'a' AND ("
                + differs + ")";
    }

    /**
     * Adds {@code column = merged} for a merging row, or the whole row's own value, to the SET
     * clause, and whether that differs from the stored value to the condition; a column not
     * {@code compared} (a consent's time and source) counts there only for a whole row.
     */
    private static void assign(StringBuilder set, StringBuilder differs, boolean compared, String column,
                               String merged) {
        boolean whole = Arrays.asList(WHOLE).contains(column) || Arrays.asList(TEXT).contains(column);
        String value = whole ? "CASE WHEN i.kind = 'w' THEN i." + column + " ELSE " + merged + " END" : merged;
        set.append(column).append(" = ").append(value).append(", ");
        if (compared) {
            differs.append("r.").append(column).append(" IS DISTINCT FROM ").append(value).append(" OR ");
        } else if (whole) {
            differs.append("(i.kind = 'w' AND r.").append(column).append(" IS DISTINCT FROM i.").append(column)
                    .append(") OR ");
        }
    }

    /** Leaves the work to the rollback, after ending an open {@code COPY}, which would hold the connection. */
    @Override
    public void abandon() {
        super.abandon();
        CopyIn copy = open;
        open = null;
        if (copy != null && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                // The connection is lost with it; the rollback that follows says so.
            }
        }
    }

    /**
     * Finishes the work unless it was finished or abandoned, and drops the temporary table so
     * the transaction may open another writer; an abandoned one is dropped by the rollback.
     */
    @Override
    public void close() {
        if (abandoned) {
            return;
        }
        if (!finished) {
            finish();
        }
        db.write(c -> {
            RegistrationImportStore.execute(c, "DROP TABLE IF EXISTS " + TABLE);
            return null;
        });
    }
}
