package org.podium.store;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The columns an export reads of each registration, joined by SQLite into one value with
 * {@link JoinedNames#SEPARATOR} between them, so that a row crosses JDBC in one call instead of
 * one a column (each call costs some 0.15 µs: every field of a million rows took 4.4 s one column
 * at a time and 1.7 s joined). The normalised address comes first. One instance reads one
 * statement's rows, one after the other.
 */
final class JoinedRegistrations {
    private static final List<String> WHOLE_NUMBERS = List.of("id", "event_id", "minutes_attended", "consent");
    /** The one column that may be NULL: sent empty when it is, after a '.' when it is not. */
    private static final String NULLABLE = "consent_at";

    private final List<String> columns;
    private final Map<String, Integer> place = new HashMap<>();
    private final int[] at;
    /** The current row's columns: one view, read again for every row. */
    private final RegistrationColumns current = new Current();
    private byte[] row;

    JoinedRegistrations(List<String> columns) {
        this.columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            place.put(columns.get(i), i + 1);
        }
        this.at = new int[columns.size()];
    }

    /** The SQL expression of a row's joined value. */
    String sql() {
        return sql(columns);
    }

    /** The SQL expression that joins the normalised address and these columns of a row. */
    static String sql(List<String> columns) {
        return columns.stream().map(JoinedRegistrations::expression)
                .collect(Collectors.joining(", ", "concat_ws(x'ff', r.email_key, ", ")"));
    }

    private static String expression(String column) {
        if (WHOLE_NUMBERS.contains(column)) {
            return "CAST(r." + column + " AS INTEGER)";
        }
        if (column.equals(NULLABLE)) {
            return "CASE WHEN r." + column + " IS NULL THEN '' ELSE '.' || r." + column + " END";
        }
        return "r." + column;
    }

    /**
     * Takes the next row's joined value; false when its bytes are not all well-formed UTF-8 (the
     * stored text holds bytes that are not, which could pass for a separator): read that row
     * one column at a time instead, which gives its text as the driver decodes it.
     */
    boolean next(byte[] joined) {
        row = joined;
        return joined != null && JoinedNames.split(joined, at);
    }

    /** The row's normalised address. */
    String key() {
        return text(0, at[0] - 1);
    }

    /** The row's columns, for {@link RegistrationStore#map} and {@link RegistrationExportStore#partial}. */
    RegistrationColumns columns() {
        return current;
    }

    private final class Current implements RegistrationColumns {
        @Override
        public String text(String column) {
            int i = place(column);
            String text = JoinedRegistrations.this.text(at[i - 1], i < at.length ? at[i] - 1 : row.length);
            if (column.equals(NULLABLE)) {
                return text.isEmpty() ? null : text.substring(1);
            }
            return text;
        }

        @Override
        public long number(String column) {
            return Long.parseLong(text(column));
        }
    }

    private int place(String column) {
        Integer i = place.get(column);
        if (i == null) {
            throw new IllegalArgumentException("the export did not read column " + column);
        }
        return i;
    }

    private String text(int from, int to) {
        return new String(row, from, to - from, StandardCharsets.UTF_8);
    }
}
