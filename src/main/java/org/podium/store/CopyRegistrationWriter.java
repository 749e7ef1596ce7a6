package org.podium.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.podium.domain.Registration;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The team book's {@link RegistrationWriter}: streams the rows as CSV text through PostgreSQL's
 * {@code COPY} into a temporary table of the transaction, then writes them with one statement
 * each for the new and the known registrants, all inside the import's one transaction, so a
 * server lost halfway rolls everything back. The rules are the laptop book's
 * ({@link RegistrationInsert}, {@link RegistrationUpdate}): a repeated address keeps its first
 * line, and each later line is reported with the line kept.
 */
final class CopyRegistrationWriter extends CountingRegistrationWriter {
    /** Characters of CSV text gathered before they are sent: a few MiB, whatever the file's size. */
    static final int SEND_AT = 2 << 20;
    private static final String TABLE = "podium_incoming";
    /** The temporary table's columns, in the order each CSV line gives them. */
    private static final String COLUMNS = "line, kind, email, email_key, first_name, last_name, organisation,"
            + " job_title, city, country, language, notes, registered_at, source, status, minutes_attended, consent,"
            + " consent_at, consent_source, custom_answers";
    private static final String[] TEXT = {"first_name", "last_name", "organisation", "job_title", "city", "country",
        "language", "notes"};
    /** What an update may change, beside the text columns, for a whole registrant (every field). */
    private static final String[] WHOLE = {"email", "registered_at", "source", "status", "minutes_attended", "consent",
        "consent_at", "consent_source", "custom_answers"};

    private final BookDatabase db;
    private final long eventId;
    private final boolean mayUpdate;
    private final Repeats repeats;
    private final StringBuilder csv = new StringBuilder();
    private long adds;
    private long updates;

    CopyRegistrationWriter(BookDatabase db, Connection c, long eventId, boolean mayUpdate, Repeats repeats)
            throws SQLException {
        this.db = db;
        this.eventId = eventId;
        this.mayUpdate = mayUpdate;
        this.repeats = repeats;
        RegistrationImportStore.execute(c, "CREATE TEMP TABLE " + TABLE + " (line BIGINT NOT NULL, kind TEXT NOT NULL,"
                + " email TEXT NOT NULL, email_key TEXT NOT NULL, first_name TEXT, last_name TEXT, organisation TEXT,"
                + " job_title TEXT, city TEXT, country TEXT, language TEXT, notes TEXT, registered_at TEXT, source TEXT,"
                + " status TEXT, minutes_attended INTEGER, consent INTEGER, consent_at TEXT, consent_source TEXT,"
                + " custom_answers TEXT) ON COMMIT DROP");
    }

    @Override
    public void add(Incoming row) {
        adds++;
        append(row, "a", true, true, true);
    }

    @Override
    public void update(Incoming row) {
        if (!mayUpdate) {
            throw new IllegalStateException("this writer was opened without updates");
        }
        updates++;
        if (row.whole()) {
            append(row, "w", true, true, true);
        } else {
            append(row, "u", row.registeredAtGiven(), row.statusGiven(), row.consentGiven());
        }
    }

    /** One CSV line of the temporary table; a value not given is NULL (an unquoted empty field). */
    private void append(Incoming row, String kind, boolean registeredAt, boolean status, boolean consent) {
        Registration r = row.registration();
        csv.append(row.line()).append(',').append(kind);
        for (String text : new String[] {r.email(), row.emailKey(), r.firstName(), r.lastName(), r.organisation(),
            r.jobTitle(), r.city(), r.country(), r.language(), r.notes()}) {
            field(text);
        }
        field(registeredAt ? row.registeredAtText() : null);
        field(r.source().name());
        field(status ? r.status().name() : null);
        csv.append(',').append(r.minutesAttended()).append(',');
        if (consent) {
            csv.append(r.consent() ? '1' : '0');
        }
        field(row.consentAtText());
        field(r.consentSource());
        field(RegistrationText.answers(r));
        csv.append('\n');
        if (csv.length() >= SEND_AT) {
            flush();
        }
    }

    private void field(String value) {
        csv.append(',');
        if (value == null) {
            return;
        }
        if (value.isEmpty() || needsQuotes(value)) {
            csv.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            csv.append(value);
        }
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r' || ch == '\\') {
                return true;
            }
        }
        return false;
    }

    /** Sends the gathered lines to the temporary table. */
    @Override
    public void flush() {
        if (csv.length() == 0) {
            return;
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        csv.setLength(0);
        db.write(c -> {
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + TABLE + " (" + COLUMNS + ") FROM STDIN (FORMAT csv)");
            try {
                in.writeToCopy(bytes, 0, bytes.length);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            return null;
        });
    }

    /**
     * Sends what is gathered, gives the known registrants the file's values, adds the new ones
     * in the order of their lines, and reports each repeated address with the line kept.
     */
    @Override
    public void finish() {
        flush();
        db.write(c -> {
            if (updates > 0) {
                updated = Sql.update(c, updateSql(), eventId);
                unchanged = updates - updated;
            }
            if (adds > 0) {
                inserted = Sql.update(c, "INSERT INTO registration(event_id, email, email_key, first_name, last_name,"
                        + " organisation, job_title, city, country, language, notes, registered_at, source, status,"
                        + " minutes_attended, consent, consent_at, consent_source, custom_answers) SELECT ?, email,"
                        + " email_key, first_name, last_name, organisation, job_title, city, country, language, notes,"
                        + " registered_at, source, status, minutes_attended, consent, consent_at, consent_source,"
                        + " custom_answers FROM " + TABLE + " WHERE kind = 'a' ORDER BY line"
                        + " ON CONFLICT (event_id, email_key) DO NOTHING", eventId);
                repeated = adds - inserted;
                if (repeated > 0) {
                    reportRepeats(c);
                }
            }
            return null;
        });
        finished = true;
    }

    /** Tells each left-out line whose address an earlier line of the work gave, with that line. */
    private void reportRepeats(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT i.email, i.line, f.first FROM " + TABLE + " i JOIN"
                + " (SELECT email_key, min(line) AS first FROM " + TABLE + " WHERE kind = 'a' GROUP BY email_key"
                + " HAVING count(*) > 1) f ON f.email_key = i.email_key WHERE i.kind = 'a' AND i.line > f.first"
                + " ORDER BY i.line");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                repeats.repeated(rs.getString(1), rs.getLong(2), rs.getLong(3));
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
