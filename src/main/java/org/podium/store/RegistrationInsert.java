package org.podium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.EnumMap;
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
 * <p>
 * The driver binds every parameter of every row with a call into native code, so a row binds
 * as few values as it can: empty text as NULL, the source, status and consent flags packed into
 * one number, and a group of rows that all leave the rarely given columns empty (language,
 * minutes, a consent of its own, answers, notes) uses a statement that writes those as literals.
 */
final class RegistrationInsert implements AutoCloseable {
    /** Rows in one bulk statement: 50 rows of 16 parameters stay far below SQLite's limit of 32,766. */
    static final int ROWS_PER_STATEMENT = 50;

    /** Which values a statement binds for each row. */
    private enum Layout {
        /** Every column. */
        FULL(16),
        /** The columns most files give; the others as an import without them stores them. */
        PLAIN(10);

        final int parameters;

        Layout(int parameters) {
            this.parameters = parameters;
        }
    }

    static {
        if (RegistrationSource.values().length > 16 || RegistrationStatus.values().length > 16) {
            throw new IllegalStateException("the packed flags give a source and a status four bits each");
        }
    }

    private final Connection c;
    private final long eventId;
    private final boolean bulk;
    /** The consent source most rows of the file share, written into the INSERT as a literal. */
    private final String consentSource;
    private PreparedStatement single;
    private final EnumMap<Layout, PreparedStatement> many = new EnumMap<>(Layout.class);

    RegistrationInsert(Connection c, long eventId, boolean bulk, String consentSource) {
        this.c = c;
        this.eventId = eventId;
        this.bulk = bulk;
        this.consentSource = consentSource;
    }

    /**
     * Inserts the rows, in their order, and returns for each whether it was written; outside
     * bulk mode a row whose address the event has by now is left out (in bulk mode there is no
     * unique index yet, so every row is written and repeats are found when it is built).
     */
    boolean[] insert(List<Incoming> rows) throws SQLException {
        boolean[] written = new boolean[rows.size()];
        int grouped = bulk ? rows.size() - rows.size() % ROWS_PER_STATEMENT : 0;
        PreparedStatement pending = null;
        for (int start = 0; start < grouped; start += ROWS_PER_STATEMENT) {
            Layout layout = layout(rows.subList(start, start + ROWS_PER_STATEMENT));
            PreparedStatement statement = many(layout);
            if (statement != pending) {
                // Rows are written in the order given: the ids of a bulk import name their lines.
                execute(pending);
                pending = statement;
            }
            for (int i = 0; i < ROWS_PER_STATEMENT; i++) {
                bind(layout, statement, i * layout.parameters, rows.get(start + i));
            }
            statement.addBatch();
        }
        execute(pending);
        Arrays.fill(written, 0, grouped, true);
        if (grouped < rows.size()) {
            PreparedStatement statement = single();
            for (int i = grouped; i < rows.size(); i++) {
                bind(Layout.FULL, statement, 0, rows.get(i));
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                written[grouped + i] = counts[i] > 0;
            }
        }
        return written;
    }

    private static void execute(PreparedStatement grouped) throws SQLException {
        if (grouped == null) {
            return;
        }
        for (int count : grouped.executeBatch()) {
            if (count != ROWS_PER_STATEMENT) {
                throw new StoreException("An import statement wrote " + count + " of its " + ROWS_PER_STATEMENT
                        + " rows; nothing was written.");
            }
        }
    }

    private Layout layout(List<Incoming> group) {
        for (Incoming row : group) {
            Registration r = row.registration();
            boolean plain = r.language().isEmpty() && r.minutesAttended() == 0 && r.customAnswers().isEmpty()
                    && r.notes().isEmpty() && (r.consentAt() == null || sameTime(r))
                    && (r.consentSource().isEmpty() || sameSource(r));
            if (!plain) {
                return Layout.FULL;
            }
        }
        return Layout.PLAIN;
    }

    private PreparedStatement single() throws SQLException {
        if (single == null) {
            single = c.prepareStatement(sql(Layout.FULL, 1));
        }
        return single;
    }

    private PreparedStatement many(Layout layout) throws SQLException {
        PreparedStatement statement = many.get(layout);
        if (statement == null) {
            statement = c.prepareStatement(sql(layout, ROWS_PER_STATEMENT));
            many.put(layout, statement);
        }
        return statement;
    }

    private String sql(Layout layout, int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO registration(event_id, email, email_key, first_name,"
                + " last_name, organisation, job_title, city, country, registered_at, source, status, consent,"
                + " consent_at, consent_source, language, minutes_attended, custom_answers, notes) VALUES ");
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "" : ", ").append(values(layout, row * layout.parameters));
        }
        return sql.append(bulk ? "" : " ON CONFLICT(event_id, email_key) DO NOTHING").toString();
    }

    /**
     * One row's values, its parameters numbered from {@code offset + 1}; parameter 10 is the
     * packed number of {@link #flags}.
     */
    private String values(Layout layout, int offset) {
        String flags = p(offset, 10);
        String literalSource = "'" + consentSource.replace("'", "''") + "'";
        StringBuilder values = new StringBuilder("(").append(eventId).append(", ").append(p(offset, 1))
                .append(", coalesce(").append(p(offset, 2)).append(", lower(").append(p(offset, 1)).append("))");
        for (int text = 3; text <= 8; text++) {
            values.append(", coalesce(").append(p(offset, text)).append(", '')");
        }
        values.append(", ").append(p(offset, 9))
                .append(", ").append(byNumber(flags + " & 15", RegistrationSource.values()))
                .append(", ").append(byNumber("(" + flags + " >> 4) & 15", RegistrationStatus.values()))
                .append(", (").append(flags).append(" >> 8) & 1, CASE WHEN (").append(flags).append(" >> 9) & 1 THEN ")
                .append(p(offset, 9)).append(" ELSE ").append(layout == Layout.FULL ? p(offset, 13) : "NULL")
                .append(" END, CASE WHEN (").append(flags).append(" >> 10) & 1 THEN ").append(literalSource)
                .append(" ELSE ").append(layout == Layout.FULL ? "coalesce(" + p(offset, 14) + ", '')" : "''")
                .append(" END");
        if (layout == Layout.FULL) {
            values.append(", coalesce(").append(p(offset, 11)).append(", ''), ").append(p(offset, 12))
                    .append(", coalesce(").append(p(offset, 15)).append(", '{}'), coalesce(").append(p(offset, 16))
                    .append(", ''))");
        } else {
            values.append(", '', 0, '{}', '')");
        }
        return values.toString();
    }

    private static String p(int offset, int parameter) {
        return "?" + (offset + parameter);
    }

    /** An enum bound by its ordinal, so the driver binds a number rather than a string each row. */
    private static String byNumber(String ordinal, Enum<?>[] values) {
        StringBuilder sql = new StringBuilder("CASE " + ordinal);
        for (Enum<?> value : values) {
            sql.append(" WHEN ").append(value.ordinal()).append(" THEN '").append(value.name()).append('\'');
        }
        return sql.append(" END").toString();
    }

    private void bind(Layout layout, PreparedStatement insert, int offset, Incoming row) throws SQLException {
        Registration r = row.registration();
        insert.setString(offset + 1, r.email());
        insert.setString(offset + 2, row.keyToBind());
        text(insert, offset + 3, r.firstName());
        text(insert, offset + 4, r.lastName());
        text(insert, offset + 5, r.organisation());
        text(insert, offset + 6, r.jobTitle());
        text(insert, offset + 7, r.city());
        text(insert, offset + 8, r.country());
        insert.setString(offset + 9, row.registeredAtText());
        insert.setInt(offset + 10, flags(r));
        if (layout == Layout.FULL) {
            text(insert, offset + 11, r.language());
            insert.setInt(offset + 12, r.minutesAttended());
            insert.setString(offset + 13, sameTime(r) ? null : row.consentAtText());
            text(insert, offset + 14, sameSource(r) ? "" : r.consentSource());
            insert.setString(offset + 15, r.customAnswers().isEmpty() ? null : RegistrationText.answers(r));
            text(insert, offset + 16, r.notes());
        }
    }

    /**
     * The source (bits 0–3) and status (4–7) by ordinal, the consent (bit 8), whether it was
     * given at the registration time (9) and in the file's usual source (10): one value to bind.
     */
    private int flags(Registration r) {
        return r.source().ordinal() | r.status().ordinal() << 4 | (r.consent() ? 1 << 8 : 0)
                | (sameTime(r) ? 1 << 9 : 0) | (sameSource(r) ? 1 << 10 : 0);
    }

    private static boolean sameTime(Registration r) {
        return r.consentAt() != null && r.consentAt().equals(r.registeredAt());
    }

    private boolean sameSource(Registration r) {
        return !r.consentSource().isEmpty() && r.consentSource().equals(consentSource);
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
            for (PreparedStatement statement : many.values()) {
                statement.close();
            }
        }
    }
}
