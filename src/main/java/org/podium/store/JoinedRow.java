package org.podium.store;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.podium.domain.ContactFields;
import org.podium.domain.FieldText;
import org.podium.domain.IsoInstants;
import org.podium.domain.RegistrantField;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
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
    /** The column that holds each field a row can give as text. */
    private static final Map<RegistrantField, String> COLUMN_OF = Map.ofEntries(
            Map.entry(RegistrantField.EMAIL, "email"), Map.entry(RegistrantField.FIRST_NAME, "first_name"),
            Map.entry(RegistrantField.LAST_NAME, "last_name"), Map.entry(RegistrantField.ORGANISATION, "organisation"),
            Map.entry(RegistrantField.JOB_TITLE, "job_title"), Map.entry(RegistrantField.CITY, "city"),
            Map.entry(RegistrantField.COUNTRY, "country"), Map.entry(RegistrantField.LANGUAGE, "language"),
            Map.entry(RegistrantField.REGISTERED_AT, "registered_at"), Map.entry(RegistrantField.SOURCE, "source"),
            Map.entry(RegistrantField.STATUS, "status"), Map.entry(RegistrantField.DURATION, "minutes_attended"),
            Map.entry(RegistrantField.CONSENT, "consent"), Map.entry(RegistrantField.CONSENT_AT, "consent_at"),
            Map.entry(RegistrantField.CONSENT_SOURCE, "consent_source"),
            Map.entry(RegistrantField.ANSWERS, "custom_answers"), Map.entry(RegistrantField.NOTES, "notes"));
    private static final RegistrationSource[] SOURCES = RegistrationSource.values();
    private static final RegistrationStatus[] STATUSES = RegistrationStatus.values();
    private static final Utf8Text AGREED = Utf8Text.of("true");
    private static final Utf8Text REFUSED = Utf8Text.of("false");
    private static final Utf8Text NO_ANSWERS = Utf8Text.of(FieldText.NO_ANSWERS);
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
    /** The field of each {@link RegistrantField} read, by ordinal; -1 for one not read. */
    private final int[] fieldOfText = new int[RegistrantField.values().length];
    private byte[] row;
    /** The last row's event when it was exported for that one alone, and the list of it: most rows share both. */
    private long lastEvent = -1;
    private List<Long> lastAlone;

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
        Arrays.fill(fieldOfText, -1);
        COLUMN_OF.forEach((field, column) -> {
            Integer at = fieldOf.get(column);
            if (at != null) {
                fieldOfText[field.ordinal()] = at;
            }
        });
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
            if (event != lastEvent) {
                lastEvent = event;
                lastAlone = alone.get(event);
            }
            return lastAlone;
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

    /**
     * The field's bytes as SQLite gave them where they are already the agreed text (a text
     * field, an instant as {@link java.time.Instant#toString()} writes it, a name of a source or
     * status, plain minutes, consent as 0 or not, no answers); anything else is made from the
     * whole registration, as the plain path makes it.
     */
    @Override
    public Utf8Text field(RegistrantField field) {
        int at = fieldOfText[field.ordinal()];
        if (at < 0) {
            return ExportSource.Row.super.field(field);
        }
        int from = start(at);
        int to = end(at);
        switch (field) {
            case CONSENT:
                return to - from == 1 && row[from] == '0' ? REFUSED : AGREED;
            case ANSWERS:
                boolean none = from == to || to - from == 2 && row[from] == '{' && row[from + 1] == '}';
                return none ? NO_ANSWERS : ExportSource.Row.super.field(field);
            case CONSENT_AT:
                // SQLite sent '' for NULL and '.' before a time.
                if (from == to) {
                    return new Utf8Text(row, from, to);
                }
                from++;
                break;
            default:
                break;
        }
        boolean asStored = switch (field) {
            case REGISTERED_AT, CONSENT_AT -> IsoInstants.isCanonical(row, from, to);
            case SOURCE -> named(SOURCES, from, to);
            case STATUS -> named(STATUSES, from, to);
            case DURATION -> to - from <= 9 && (to - from == 1 || row[from] != '0') && digits(from, to);
            default -> true;
        };
        return asStored ? new Utf8Text(row, from, to) : ExportSource.Row.super.field(field);
    }

    private boolean digits(int from, int to) {
        for (int i = from; i < to; i++) {
            if (row[i] < '0' || row[i] > '9') {
                return false;
            }
        }
        return from < to;
    }

    private boolean named(Enum<?>[] values, int from, int to) {
        for (Enum<?> value : values) {
            String name = value.name();
            if (name.length() == to - from && equalsAscii(name, from)) {
                return true;
            }
        }
        return false;
    }

    private boolean equalsAscii(String name, int from) {
        for (int i = 0; i < name.length(); i++) {
            if (row[from + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
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
