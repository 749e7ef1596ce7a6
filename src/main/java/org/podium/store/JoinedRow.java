package org.podium.store;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.podium.domain.ContactFields;
import org.podium.domain.Registration;
import org.podium.domain.Utf8Text;
import org.podium.store.ExportSource.Fields;

/**
 * A qualifying row of an export as the one value {@link ExportSql} joins: the reason digit, the
 * normalised address, the event, the earlier events it merges, then the columns read. One
 * instance serves one thread and is read again for every row; its fields are views of the
 * bytes SQLite gave, valid until the next row.
 */
final class JoinedRow implements ExportSource.Row {
    private static final int KEY = 1;
    private static final int EVENT = 2;
    private static final int EARLIER = 3;
    private static final int FIRST_COLUMN = 4;

    private final ExportSql sql;
    private final Map<Long, Integer> recency = new HashMap<>();
    private final Map<Long, List<Long>> alone = new HashMap<>();
    private final Map<String, Integer> fieldOf = new HashMap<>();
    private final int email;
    private final int firstName;
    private final int lastName;
    /** Where each field after the first starts: field i is [start(i), end(i)). */
    private final int[] starts;
    private final RegistrationColumns columns = new Columns();
    private byte[] row;

    JoinedRow(ExportSql sql) {
        this.sql = sql;
        List<Long> ids = sql.filter.eventIds();
        for (int i = 0; i < ids.size(); i++) {
            recency.put(ids.get(i), i);
            alone.put(ids.get(i), List.of(ids.get(i)));
        }
        for (int i = 0; i < sql.columns.size(); i++) {
            fieldOf.put(sql.columns.get(i), FIRST_COLUMN + i);
        }
        this.email = FIRST_COLUMN + sql.columns.indexOf("email");
        this.firstName = FIRST_COLUMN + sql.columns.indexOf("first_name");
        this.lastName = FIRST_COLUMN + sql.columns.indexOf("last_name");
        this.starts = new int[FIRST_COLUMN + sql.columns.size() - 1];
    }

    /**
     * Takes a qualifying row's value; false when its bytes are not all well-formed UTF-8 (which
     * could hide a separator) or a field is padded with white space, as a {@link Registration}
     * never holds it: such a row is read as strings instead ({@link StoredRow}).
     */
    boolean next(byte[] value) {
        row = value;
        return JoinedNames.split(value, starts) && JoinedNames.asStored(value, starts);
    }

    /** Whether the suppression list holds this row's address. */
    boolean suppressedBy(SuppressedKeys list) {
        return list.holds(row, start(KEY), end(KEY));
    }

    @Override
    public List<Long> eventIds() {
        long event = number(EVENT);
        if (start(EARLIER) == end(EARLIER)) {
            return alone.get(event);
        }
        List<Long> ids = new ArrayList<>();
        for (String id : text(EARLIER).split(",")) {
            ids.add(Long.valueOf(id));
        }
        ids.sort((a, b) -> Integer.compare(recency.get(a), recency.get(b)));
        ids.add(event);
        return ids;
    }

    @Override
    public Utf8Text email() {
        return utf8(email);
    }

    @Override
    public Utf8Text firstName() {
        return utf8(firstName);
    }

    @Override
    public Utf8Text lastName() {
        return utf8(lastName);
    }

    @Override
    public ContactFields contact() {
        boolean contact = sql.fields != Fields.NAMES;
        return new Contact(text(email), text(firstName), text(lastName), contact ? column("organisation") : "",
                contact ? column("job_title") : "", contact ? column("city") : "", contact ? column("country") : "");
    }

    @Override
    public Registration registration() {
        if (sql.fields != Fields.EVERY) {
            throw new IllegalStateException("the export read " + sql.fields + ", not every field");
        }
        try {
            return RegistrationStore.map(columns);
        } catch (SQLException e) {
            throw new StoreException("A registration could not be read for the export", e);
        }
    }

    private Utf8Text utf8(int field) {
        return new Utf8Text(row, start(field), end(field));
    }

    private String column(String name) {
        Integer field = fieldOf.get(name);
        if (field == null) {
            throw new IllegalArgumentException("the export did not read column " + name);
        }
        return text(field);
    }

    private String text(int field) {
        return new String(row, start(field), end(field) - start(field), StandardCharsets.UTF_8);
    }

    private long number(int field) {
        long value = 0;
        for (int i = start(field); i < end(field); i++) {
            value = value * 10 + row[i] - '0';
        }
        return value;
    }

    private int start(int field) {
        return field == 0 ? 0 : starts[field - 1];
    }

    private int end(int field) {
        return field < starts.length ? starts[field] - 1 : row.length;
    }

    /** The columns by name, for {@link RegistrationStore#map}. */
    private final class Columns implements RegistrationColumns {
        @Override
        public String text(String column) {
            String text = column(column);
            if (column.equals(ExportSql.NULLABLE)) {
                return text.isEmpty() ? null : text.substring(1);
            }
            return text;
        }

        @Override
        public long number(String column) {
            return Long.parseLong(column(column));
        }
    }

    /** The contact fields of a row, as a registration would hold them (the row is unpadded). */
    record Contact(String email, String firstName, String lastName, String organisation, String jobTitle,
                   String city, String country) implements ContactFields {
    }
}
