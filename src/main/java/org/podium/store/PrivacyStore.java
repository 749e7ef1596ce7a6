package org.podium.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podium.domain.Emails;
import org.podium.domain.Person;
import org.podium.domain.Registration;

/**
 * What the book holds about one address across every table, in the trash or not, and the
 * writes that forget it: erasure (rows deleted, other mentions blanked) and retention
 * (registrants of old events anonymised). Both overwrite freed space ({@code secure_delete}),
 * so the erased text does not linger in the file's free pages.
 */
public final class PrivacyStore {
    /** What an erased address becomes where it is mentioned in another record's text. */
    public static final String ERASED_MARK = "[erased]";
    private static final String ANONYMOUS_LIKE = "anonymised-%@invalid";
    /**
     * One address's registrations in every event (its parameter is the normalised address):
     * a look-up in the unique index per event, the only index registrations have by address.
     * Every registration's event is in the event table, trashed or not (the foreign key).
     */
    static final String IN_EVERY_EVENT = "event_id IN (SELECT id FROM event) AND email_key=?";

    /** An event as privacy work names it, including events in the trash. */
    public record EventRef(long id, String title, LocalDateTime start, String zone, Long seriesId, Instant end,
                           boolean inTrash) {
    }

    /** A place an address appears in text outside the rows that belong to it. */
    public record Mention(String table, String column, long rowid) {
    }

    /** A person's place among an agenda item's speakers. */
    public record SpeakerPlace(long eventId, String itemTitle) {
    }

    /** What one erasure removed. */
    public record Erased(int registrations, int people, int mentionsBlanked) {
    }

    private final BookDatabase db;

    public PrivacyStore(BookDatabase db) {
        this.db = db;
    }

    /** Every event, live or in the trash, by id. */
    public Map<Long, EventRef> events() {
        return db.read(c -> {
            Map<Long, EventRef> events = new LinkedHashMap<>();
            for (EventRef e : Sql.list(c, "SELECT id, title, start_local, zone, series_id, end_utc, deleted_at FROM event"
                    + " ORDER BY start_utc, id", rs -> new EventRef(rs.getLong("id"), rs.getString("title"),
                            LocalDateTime.parse(rs.getString("start_local")), rs.getString("zone"),
                            Sql.nullableLong(rs, "series_id"), Instant.parse(rs.getString("end_utc")),
                            rs.getString("deleted_at") != null))) {
                events.put(e.id(), e);
            }
            return events;
        });
    }

    /** Every address the book holds in registrations and the directory, normalised, once each. */
    public List<String> addresses() {
        return db.read(c -> Sql.list(c, "SELECT email_key FROM registration UNION SELECT email_key FROM person"
                + " WHERE email_key <> ''", rs -> rs.getString(1)));
    }

    /** The address's registrations in every event, in the trash or not. */
    public List<Registration> registrations(String email) {
        return db.read(c -> Sql.list(c, "SELECT * FROM registration WHERE " + IN_EVERY_EVENT + " ORDER BY event_id",
                RegistrationStore::map, Emails.normalise(email)));
    }

    /** The directory entry with this address, in the trash or not. */
    public Optional<Person> person(String email) {
        String key = Emails.normalise(email);
        return key.isEmpty() ? Optional.empty() : db.read(c -> Sql.one(c, "SELECT * FROM person WHERE email_key=?",
                rs -> new Person(rs.getLong("id"), rs.getString("honorific"), rs.getString("first_name"),
                        rs.getString("last_name"), rs.getString("email"), rs.getString("phone"),
                        rs.getString("position"), Sql.nullableLong(rs, "organisation_id"), rs.getString("city"),
                        rs.getString("country"), rs.getString("bio"), rs.getString("notes")), key));
    }

    /** The agenda items the person speaks at, in every event. */
    public List<SpeakerPlace> speakerPlaces(long personId) {
        return db.read(c -> Sql.list(c, "SELECT i.event_id, i.title FROM agenda_speaker s"
                + " JOIN agenda_item i ON i.id = s.agenda_item_id WHERE s.person_id=? ORDER BY i.event_id, i.position",
                rs -> new SpeakerPlace(rs.getLong(1), rs.getString(2)), personId));
    }

    /**
     * Every text value outside the suppression list that mentions the address other than as
     * part of a longer one ("ana@x.org" is not in "joana@x.org"): notes, bios, descriptions,
     * custom answers. Rows keyed by the address are mentions too, until they are erased.
     */
    public List<Mention> mentions(String email) {
        String key = Emails.normalise(email);
        Pattern pattern = addressIn(key);
        return db.read(c -> {
            List<Mention> found = new ArrayList<>();
            for (String[] column : Sql.list(c, db.dialect().textColumns(),
                    rs -> new String[] {rs.getString(1), rs.getString(2)})) {
                String sql = "SELECT " + db.dialect().rowId() + ", " + quote(column[1]) + " FROM " + quote(column[0])
                        + " WHERE " + db.dialect().containsParameter("lower(" + quote(column[1]) + ")");
                for (Object[] row : Sql.list(c, sql, rs -> new Object[] {rs.getLong(1), rs.getString(2)}, key)) {
                    if (pattern.matcher((String) row[1]).find()) {
                        found.add(new Mention(column[0], column[1], (Long) row[0]));
                    }
                }
            }
            return found;
        });
    }

    /**
     * Forgets the address in one transaction: its registrations in every event, its directory
     * entry (seats and agenda places go with it), and every other mention, which becomes
     * {@value #ERASED_MARK}. The suppression list is left to the caller.
     */
    public Erased erase(String email) {
        String key = Emails.normalise(email);
        return db.write(c -> withSecureDelete(c, () -> {
            int registrations = Sql.update(c, "DELETE FROM registration WHERE " + IN_EVERY_EVENT, key);
            int people = Sql.update(c, "DELETE FROM person WHERE email_key=?", key);
            int blanked = 0;
            // One UPDATE per row, whatever its mentioned columns: a team book's row id is its
            // place, which an UPDATE moves, so a second one by the old id would miss the row.
            Map<List<Object>, List<String>> rows = new LinkedHashMap<>();
            for (Mention m : mentions(key)) {
                rows.computeIfAbsent(List.of(m.table(), m.rowid()), k -> new ArrayList<>()).add(m.column());
            }
            for (Map.Entry<List<Object>, List<String>> row : rows.entrySet()) {
                blanked += blank(c, (String) row.getKey().get(0), (Long) row.getKey().get(1), row.getValue(), key);
            }
            return new Erased(registrations, people, blanked);
        }));
    }

    /** Replaces the address in the row's columns by the mark; returns how many columns changed. */
    private int blank(Connection c, String table, long rowid, List<String> columns, String key) throws SQLException {
        String where = " FROM " + quote(table) + " WHERE " + db.dialect().rowId() + "=?";
        StringBuilder select = new StringBuilder();
        StringBuilder set = new StringBuilder();
        for (String column : columns) {
            select.append(select.isEmpty() ? "" : ", ").append(quote(column));
            set.append(set.isEmpty() ? "" : ", ").append(quote(column)).append("=?");
        }
        Pattern pattern = addressIn(key);
        Object[] params = Sql.one(c, "SELECT " + select + where, rs -> {
            Object[] values = new Object[columns.size() + 1];
            for (int i = 0; i < columns.size(); i++) {
                String text = rs.getString(i + 1);
                values[i] = pattern.matcher(text).replaceAll(Matcher.quoteReplacement(ERASED_MARK));
            }
            values[columns.size()] = rowid;
            return values;
        }, rowid).orElse(null);
        if (params == null) {
            return 0;
        }
        String update = "UPDATE " + quote(table) + " SET " + set + where.substring(where.indexOf(" WHERE "));
        return Sql.update(c, update, params) == 1 ? columns.size() : 0;
    }

    /** Registrants of the event that still carry an address and names. */
    public long identifiableRegistrants(long eventId) {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM registration WHERE event_id=? AND email_key NOT LIKE ?",
                eventId, ANONYMOUS_LIKE));
    }

    /**
     * Anonymises the event's registrants: the address becomes {@code anonymised-<id>@invalid}
     * (unique, never deliverable), names, organisation, job title, city, notes, custom answers
     * and consent are cleared; status, minutes, country, language, source and registration time
     * stay for statistics. Returns how many changed.
     */
    public int anonymise(long eventId) {
        return db.write(c -> withSecureDelete(c, () -> Sql.update(c, "UPDATE registration SET"
                + " email='anonymised-' || id || '@invalid', email_key='anonymised-' || id || '@invalid',"
                + " first_name='', last_name='', organisation='', job_title='', city='', notes='',"
                + " custom_answers='{}', consent=0, consent_at=NULL, consent_source='', " + Versions.BUMP_ONLY
                + " WHERE event_id=? AND email_key NOT LIKE ?", eventId, ANONYMOUS_LIKE)));
    }

    /** The months each series keeps its registrants identifiable, where a series says so. */
    public Map<Long, Integer> seriesRetention() {
        return db.read(c -> {
            Map<Long, Integer> months = new LinkedHashMap<>();
            for (long[] row : Sql.list(c, "SELECT id, retention_months FROM series WHERE retention_months IS NOT NULL",
                    rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
                months.put(row[0], (int) row[1]);
            }
            return months;
        });
    }

    /** Sets or (with null) clears the series' own retention rule. */
    public void setSeriesRetention(long seriesId, Integer months) {
        db.write(c -> Sql.update(c, "UPDATE series SET retention_months=? WHERE id=?", months, seriesId));
    }

    private <T> T withSecureDelete(Connection c, SqlWork0<T> work) throws SQLException {
        if (db.dialect() != Dialect.SQLITE) {
            // A server's freed row versions are reclaimed by its own VACUUM, not by a client.
            return work.get();
        }
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA secure_delete = ON");
            try {
                return work.get();
            } finally {
                st.execute("PRAGMA secure_delete = OFF");
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork0<T> {
        T get() throws SQLException;
    }

    /** The address on its own: not inside a longer address such as "joana@x.org" for "ana@x.org". */
    static Pattern addressIn(String key) {
        return Pattern.compile("(?<![\\p{L}\\p{N}._%+'-])" + Pattern.quote(key) + "(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
