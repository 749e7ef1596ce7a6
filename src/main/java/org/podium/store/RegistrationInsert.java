package org.podium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.store.RegistrationWriter.Incoming;

/**
 * The INSERT statements a {@link RegistrationWriter} binds its new rows to. In bulk mode rows
 * go {@link #ROWS_PER_STATEMENT} to a statement: SQLite then steps, resets and opens the table
 * once for all of them, and the driver crosses into native code once per statement instead of
 * once per row (measured: half the CPU time of one statement a row). A statement of one row
 * takes what is left, and every row outside bulk mode, where a repeated address must be told
 * row by row from the count each statement returns.
 */
final class RegistrationInsert implements AutoCloseable {
    /** Rows in one bulk statement: 50 rows of 20 parameters stay far below SQLite's limit of 32,766. */
    static final int ROWS_PER_STATEMENT = 50;
    private static final int PARAMETERS = 20;

    private final Connection c;
    private final long eventId;
    private final boolean bulk;
    /** The consent source most rows of the file share, written into the INSERT as a literal. */
    private final String consentSource;
    private PreparedStatement single;
    private PreparedStatement many;

    RegistrationInsert(Connection c, long eventId, boolean bulk, String consentSource) {
        this.c = c;
        this.eventId = eventId;
        this.bulk = bulk;
        this.consentSource = consentSource;
    }

    /**
     * Inserts the rows and returns, for each, whether it was written; outside bulk mode a row
     * whose address the event has by now is left out (in bulk mode there is no unique index
     * yet, so every row is written and repeats are found when it is built).
     */
    boolean[] insert(List<Incoming> rows) throws SQLException {
        boolean[] written = new boolean[rows.size()];
        int grouped = bulk ? rows.size() - rows.size() % ROWS_PER_STATEMENT : 0;
        if (grouped > 0) {
            PreparedStatement statement = many();
            for (int start = 0; start < grouped; start += ROWS_PER_STATEMENT) {
                for (int i = 0; i < ROWS_PER_STATEMENT; i++) {
                    bind(statement, i * PARAMETERS, rows.get(start + i));
                }
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != ROWS_PER_STATEMENT) {
                    throw new StoreException("An import statement wrote " + counts[i] + " of its "
                            + ROWS_PER_STATEMENT + " rows; nothing was written.");
                }
            }
            java.util.Arrays.fill(written, 0, grouped, true);
        }
        if (grouped < rows.size()) {
            PreparedStatement statement = single();
            for (int i = grouped; i < rows.size(); i++) {
                bind(statement, 0, rows.get(i));
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                written[grouped + i] = counts[i] > 0;
            }
        }
        return written;
    }

    private PreparedStatement single() throws SQLException {
        if (single == null) {
            single = c.prepareStatement(sql(1));
        }
        return single;
    }

    private PreparedStatement many() throws SQLException {
        if (many == null) {
            many = c.prepareStatement(sql(ROWS_PER_STATEMENT));
        }
        return many;
    }

    private String sql(int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO registration(event_id, email, email_key, first_name,"
                + " last_name, organisation, job_title, city, country, language, registered_at, source, status,"
                + " minutes_attended, consent, consent_at, consent_source, custom_answers, notes) VALUES ");
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "" : ", ").append(values(row * PARAMETERS));
        }
        return sql.append(bulk ? "" : " ON CONFLICT(event_id, email_key) DO NOTHING").toString();
    }

    /** One row's values, its parameters numbered from {@code offset + 1}. */
    private String values(int offset) {
        String literalSource = "'" + consentSource.replace("'", "''") + "'";
        return "(" + eventId + ", " + p(offset, 1) + ", coalesce(" + p(offset, 2) + ", lower(" + p(offset, 1) + ")),"
                + " coalesce(" + p(offset, 3) + ", ''), coalesce(" + p(offset, 4) + ", ''), coalesce("
                + p(offset, 5) + ", ''), coalesce(" + p(offset, 6) + ", ''), coalesce(" + p(offset, 7) + ", ''),"
                + " coalesce(" + p(offset, 8) + ", ''), coalesce(" + p(offset, 9) + ", ''), " + p(offset, 10) + ", "
                + byNumber(p(offset, 11), RegistrationSource.values()) + ", "
                + byNumber(p(offset, 12), RegistrationStatus.values()) + ", " + p(offset, 13) + ", " + p(offset, 14)
                + ", CASE WHEN " + p(offset, 15) + " = 1 THEN " + p(offset, 10) + " ELSE " + p(offset, 16) + " END,"
                + " CASE WHEN " + p(offset, 17) + " = 1 THEN " + literalSource + " ELSE coalesce(" + p(offset, 18)
                + ", '') END, coalesce(" + p(offset, 19) + ", '{}'), coalesce(" + p(offset, 20) + ", ''))";
    }

    private static String p(int offset, int parameter) {
        return "?" + (offset + parameter);
    }

    /** An enum bound by its ordinal, so the driver binds a number rather than a string each row. */
    private static String byNumber(String parameter, Enum<?>[] values) {
        StringBuilder sql = new StringBuilder("CASE " + parameter);
        for (Enum<?> value : values) {
            sql.append(" WHEN ").append(value.ordinal()).append(" THEN '").append(value.name()).append('\'');
        }
        return sql.append(" END").toString();
    }

    /** Binds as little as possible (empty text as NULL, statuses as numbers): binding is most of what a row costs. */
    private void bind(PreparedStatement insert, int offset, Incoming row) throws SQLException {
        Registration r = row.registration();
        insert.setString(offset + 1, r.email());
        insert.setString(offset + 2, row.keyToBind());
        text(insert, offset + 3, r.firstName());
        text(insert, offset + 4, r.lastName());
        text(insert, offset + 5, r.organisation());
        text(insert, offset + 6, r.jobTitle());
        text(insert, offset + 7, r.city());
        text(insert, offset + 8, r.country());
        text(insert, offset + 9, r.language());
        insert.setString(offset + 10, row.registeredAtText());
        insert.setInt(offset + 11, r.source().ordinal());
        insert.setInt(offset + 12, r.status().ordinal());
        insert.setInt(offset + 13, r.minutesAttended());
        insert.setInt(offset + 14, r.consent() ? 1 : 0);
        boolean sameTime = r.consentAt() != null && r.consentAt().equals(r.registeredAt());
        insert.setInt(offset + 15, sameTime ? 1 : 0);
        insert.setString(offset + 16, sameTime ? null : row.consentAtText());
        boolean sameSource = !r.consentSource().isEmpty() && r.consentSource().equals(consentSource);
        insert.setInt(offset + 17, sameSource ? 1 : 0);
        text(insert, offset + 18, sameSource ? "" : r.consentSource());
        insert.setString(offset + 19, r.customAnswers().isEmpty() ? null : RegistrationWriter.answers(r));
        text(insert, offset + 20, r.notes());
    }

    /** Empty text as NULL: the driver binds a NULL without copying a string twice. */
    private static void text(PreparedStatement insert, int index, String value) throws SQLException {
        if (value.isEmpty()) {
            insert.setNull(index, Types.VARCHAR);
        } else {
            insert.setString(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            if (single != null) {
                single.close();
            }
        } finally {
            if (many != null) {
                many.close();
            }
        }
    }
}
