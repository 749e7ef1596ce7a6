package org.podium.store;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.podium.domain.ContactFields;
import org.podium.domain.RegistrantField;
import org.podium.domain.Registration;
import org.podium.domain.Text;
import org.podium.domain.Utf8Text;
import org.podium.store.ExportSource.Fields;

/**
 * An exported row of {@link PostgresExportSource} as PostgreSQL's {@code COPY} text format gives
 * it: fields between tabs, a backslash escaping a tab, line break or backslash of the text, and
 * {@code \N} for NULL. Fields without a backslash are views of the line's bytes; the few with one
 * are unescaped into bytes of their own. One instance is read again for every row.
 */
final class CopiedRow implements ExportSource.Row {
    private static final int EVENTS = 1;
    private static final int FIRST_COLUMN = 2;
    /** The fields whose agreed text ({@link org.podium.domain.FieldText#of}) is a column's text, cleaned. */
    private static final Map<RegistrantField, String> TEXT_COLUMNS = Map.of(RegistrantField.EMAIL, "email",
            RegistrantField.FIRST_NAME, "first_name", RegistrantField.LAST_NAME, "last_name",
            RegistrantField.ORGANISATION, "organisation", RegistrantField.JOB_TITLE, "job_title",
            RegistrantField.CITY, "city", RegistrantField.COUNTRY, "country", RegistrantField.LANGUAGE, "language",
            RegistrantField.CONSENT_SOURCE, "consent_source", RegistrantField.NOTES, "notes");

    private final Fields fields;
    private final Map<Long, List<Long>> alone = new HashMap<>();
    private final Map<String, Integer> fieldOf = new HashMap<>();
    /** The field of each {@link RegistrantField} that is a registration's cleaned text as stored, or -1. */
    private final int[] fieldOfText = new int[RegistrantField.values().length];
    private final int email;
    private final int firstName;
    private final int lastName;
    private final byte[][] bytes;
    private final int[] from;
    private final int[] to;
    private final RegistrationColumns columns = new Columns();

    CopiedRow(List<Long> eventIds, Fields fields, List<String> columns) {
        this.fields = fields;
        for (long id : eventIds) {
            alone.put(id, List.of(id));
        }
        for (int i = 0; i < columns.size(); i++) {
            fieldOf.put(columns.get(i), FIRST_COLUMN + i);
        }
        Arrays.fill(fieldOfText, -1);
        for (Map.Entry<RegistrantField, String> text : TEXT_COLUMNS.entrySet()) {
            fieldOfText[text.getKey().ordinal()] = fieldOf.getOrDefault(text.getValue(), -1);
        }
        this.email = fieldOf.get("email");
        this.firstName = fieldOf.get("first_name");
        this.lastName = fieldOf.get("last_name");
        int count = FIRST_COLUMN + columns.size();
        this.bytes = new byte[count][];
        this.from = new int[count];
        this.to = new int[count];
    }

    /** Takes the next line (its final line feed included) and returns this row. */
    CopiedRow next(byte[] line) {
        int field = 0;
        int start = 0;
        boolean escaped = false;
        int end = line.length - 1;
        for (int i = 0; i <= end; i++) {
            byte b = line[i];
            if (b == '\t' || i == end) {
                take(field++, line, start, i, escaped);
                start = i + 1;
                escaped = false;
            } else if (b == '\\') {
                escaped = true;
            }
        }
        if (field != bytes.length) {
            throw new StoreException("The server sent an export row of " + field + " fields, not " + bytes.length);
        }
        return this;
    }

    private void take(int field, byte[] line, int start, int end, boolean escaped) {
        if (!escaped) {
            bytes[field] = line;
            from[field] = start;
            to[field] = end;
        } else if (end - start == 2 && line[start + 1] == 'N') {
            bytes[field] = null;
        } else {
            byte[] plain = new byte[end - start];
            int length = 0;
            for (int i = start; i < end; i++) {
                byte b = line[i];
                if (b == '\\' && i + 1 < end) {
                    b = unescaped(line[++i]);
                }
                plain[length++] = b;
            }
            bytes[field] = plain;
            from[field] = 0;
            to[field] = length;
        }
    }

    /** What the text format's escape {@code \x} stands for (COPY TO writes no octal or hex escapes). */
    private static byte unescaped(byte b) {
        return switch (b) {
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 0x0B;
            default -> b;
        };
    }

    @Override
    public List<Long> eventIds() {
        String events = text(EVENTS);
        if (events.indexOf(',') < 0) {
            return alone.get(Long.valueOf(events));
        }
        List<Long> ids = new ArrayList<>();
        for (String id : events.split(",")) {
            ids.add(Long.valueOf(id));
        }
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

    /**
     * A text field read straight from the row's bytes (a registration's text is its column's,
     * cleaned); any other field, or one not read, is made as {@link ExportSource.Row} makes it.
     */
    @Override
    public Utf8Text field(RegistrantField field) {
        int at = fieldOfText[field.ordinal()];
        return at < 0 ? ExportSource.Row.super.field(field) : utf8(at);
    }

    @Override
    public ContactFields contact() {
        boolean contact = fields != Fields.NAMES;
        return new Contact(clean(email), clean(firstName), clean(lastName),
                contact ? clean(column("organisation")) : "", contact ? clean(column("job_title")) : "",
                contact ? clean(column("city")) : "", contact ? clean(column("country")) : "");
    }

    @Override
    public Registration registration() {
        if (fields != Fields.EVERY) {
            throw new IllegalStateException("the export read " + fields + ", not every field");
        }
        try {
            return RegistrationStore.map(columns);
        } catch (SQLException e) {
            throw new StoreException("A registration could not be read for the export", e);
        }
    }

    /** The field as a registration holds it: its bytes as they are, unless white space surrounds it. */
    private Utf8Text utf8(int field) {
        if (bytes[field] == null) {
            return Utf8Text.of(null);
        }
        if (JoinedNames.unpadded(bytes[field], from[field], to[field])) {
            return new Utf8Text(bytes[field], from[field], to[field]);
        }
        return Utf8Text.of(text(field));
    }

    private String clean(int field) {
        return Text.clean(text(field));
    }

    private int column(String name) {
        Integer field = fieldOf.get(name);
        if (field == null) {
            throw new IllegalArgumentException("the export did not read column " + name);
        }
        return field;
    }

    private String text(int field) {
        byte[] b = bytes[field];
        return b == null ? null : new String(b, from[field], to[field] - from[field], StandardCharsets.UTF_8);
    }

    /** The columns by name, for {@link RegistrationStore#map}. */
    private final class Columns implements RegistrationColumns {
        @Override
        public String text(String column) {
            return CopiedRow.this.text(column(column));
        }

        @Override
        public long number(String column) {
            return Long.parseLong(CopiedRow.this.text(column(column)));
        }
    }

    /** The contact fields of a row, cleaned as a registration holds them. */
    private record Contact(String email, String firstName, String lastName, String organisation, String jobTitle,
                           String city, String country) implements ContactFields {
    }
}
