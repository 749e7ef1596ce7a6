package org.podium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.podium.domain.Emails;
import org.podium.domain.IsoInstants;
import org.podium.domain.Registration;
import org.podium.domain.Versioned;
import org.podium.domain.RegistrationLine;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;

/** Reads and writes registrations; an address is unique within its event. */
public final class RegistrationStore {
    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() { };
    static final String COLUMNS = "event_id, email, email_key, first_name, last_name, organisation, job_title,"
            + " city, country, language, registered_at, source, status, minutes_attended, consent,"
            + " consent_at, consent_source, custom_answers, notes";

    // Well under SQLite's limit on parameters of one statement.
    private static final int CHUNK = 500;

    private final BookDatabase db;

    public RegistrationStore(BookDatabase db) {
        this.db = db;
    }

    public Registration insert(Registration r) {
        return db.write(c -> {
            long id = Sql.insert(c, "INSERT INTO registration(" + COLUMNS + ")"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", values(r));
            return new Registration(id, r.eventId(), r.email(), r.firstName(), r.lastName(), r.organisation(),
                    r.jobTitle(), r.city(), r.country(), r.language(), r.registeredAt(), r.source(),
                    r.status(), r.minutesAttended(), r.consent(), r.consentAt(), r.consentSource(),
                    r.customAnswers(), r.notes());
        });
    }

    static Object[] values(Registration r) {
        return new Object[] {r.eventId(), r.email(), r.emailKey(), r.firstName(), r.lastName(),
            r.organisation(), r.jobTitle(), r.city(), r.country(), r.language(), r.registeredAt(),
            r.source(), r.status(), r.minutesAttended(), r.consent(), r.consentAt(), r.consentSource(),
            RegistrationText.answers(r), r.notes()};
    }

    public Optional<Registration> find(long eventId, String email) {
        return db.read(c -> Sql.one(c, "SELECT * FROM registration WHERE event_id=? AND email_key=?",
                RegistrationStore::map, eventId, Emails.normalise(email)));
    }

    public List<Registration> forEvent(long eventId) {
        return db.read(c -> Sql.list(c, "SELECT * FROM registration WHERE event_id=? ORDER BY id",
                RegistrationStore::map, eventId));
    }

    public long count(long eventId) {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM registration WHERE event_id=?", eventId));
    }

    /** The registration of that id, in whichever event. */
    public Optional<Registration> get(long id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM registration WHERE id=?", RegistrationStore::map, id));
    }

    /** Saves every field of a stored registration but its event; refuses one that is not there. */
    public Registration update(Registration r) {
        return update(r, null);
    }

    /**
     * Saves a registration as {@link #update(Registration)} does, raising its version; with
     * {@code expectedVersion} given, only if the stored one is still at that version, else
     * {@link StaleRecordException}.
     */
    public Registration update(Registration r, Long expectedVersion) {
        return db.write(c -> {
            Object[] values = values(r);
            int changed = Versions.update(c, db, "registration", "email=?, email_key=?, first_name=?, last_name=?,"
                    + " organisation=?, job_title=?, city=?, country=?, language=?, registered_at=?, source=?,"
                    + " status=?, minutes_attended=?, consent=?, consent_at=?, consent_source=?, custom_answers=?,"
                    + " notes=?", Arrays.copyOfRange(values, 1, values.length), "", r.id(), expectedVersion);
            if (changed == 0) {
                throw new StoreException("There is no registration " + r.id() + ".");
            }
            return r;
        });
    }

    /** The registration of that id with the stamp it is stored at, which a save can be made against. */
    public Optional<Versioned<Registration>> findVersioned(long id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM registration WHERE id=?",
                rs -> new Versioned<>(map(rs), Versions.stamp(rs)), id));
    }

    /**
     * The event's registrations as list lines in the order they were added (by id); at most
     * {@code limit} of them, or all when {@code limit} is zero or less.
     */
    public List<RegistrationLine> lines(long eventId, int limit) {
        return db.read(c -> {
            // The first page sorts ids from the covering email index and reads only its rows;
            // the whole list reads the table in id order when that is cheaper (see ofEvent).
            String where = limit > 0 ? "event_id=?" : ofEvent(c, eventId);
            // Thousands of registrants share a few hundred names, organisations and countries:
            // one String each instead of one per row keeps a list of 100,000 some 15 MB smaller.
            Map<String, String> shared = new HashMap<>();
            return Sql.list(c, "SELECT id, first_name, last_name, email, organisation, country, status,"
                    + " registered_at, consent, minutes_attended FROM registration WHERE " + where
                    + " ORDER BY id" + (limit > 0 ? " LIMIT " + limit : ""), rs -> new RegistrationLine(rs.getLong(1),
                    one(shared, rs.getString(2)), one(shared, rs.getString(3)), rs.getString(4),
                    one(shared, rs.getString(5)), one(shared, rs.getString(6)),
                    RegistrationStatus.valueOf(rs.getString(7)), IsoInstants.parse(rs.getString(8)), rs.getInt(9) != 0,
                    rs.getInt(10)), eventId);
        });
    }

    private static String one(Map<String, String> shared, String value) {
        String known = shared.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    /**
     * The condition that picks the event's rows, chosen for speed. SQLite has no statistics
     * here and assumes the event index is selective, so it looks up every row through it in
     * email order: for an event that holds a large share of the book (100,000 of 100,000)
     * that is about ten times slower than reading the table in order, which a leading
     * {@code +} asks for. A small event in a big book keeps the index.
     */
    private String ofEvent(Connection c, long eventId) throws SQLException {
        if (db.dialect() != Dialect.SQLITE) {
            return "event_id=?";
        }
        long rows = Sql.count(c, "SELECT count(*) FROM registration WHERE event_id=?", eventId);
        long span = Sql.count(c, "SELECT coalesce(max(id), 0) - coalesce(min(id), 0) + 1 FROM registration");
        return rows * 4 >= span ? "+event_id=?" : "event_id=?";
    }

    /** The current status of each of {@code ids} that belongs to the event; others are left out. */
    public Map<Long, RegistrationStatus> statuses(long eventId, Collection<Long> ids) {
        return db.read(c -> {
            Map<Long, RegistrationStatus> result = new HashMap<>();
            if (ids.size() > CHUNK * 10) {
                // Many ids: one pass over the event's rows beats thousands of lookups.
                java.util.Set<Long> wanted = new java.util.HashSet<>(ids);
                for (Object[] row : Sql.list(c, "SELECT id, status FROM registration WHERE " + ofEvent(c, eventId),
                        rs -> new Object[] {rs.getLong(1), rs.getString(2)}, eventId)) {
                    if (wanted.contains((Long) row[0])) {
                        result.put((Long) row[0], RegistrationStatus.valueOf((String) row[1]));
                    }
                }
                return result;
            }
            List<Long> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                Object[] params = new Object[chunk.size() + 1];
                params[0] = eventId;
                for (int i = 0; i < chunk.size(); i++) {
                    params[i + 1] = chunk.get(i);
                }
                String marks = "?,".repeat(chunk.size());
                // "+event_id": look the ids up by key rather than walk the event's index.
                for (Object[] row : Sql.list(c, "SELECT id, status FROM registration WHERE "
                        + db.dialect().withoutIndex("event_id") + "=? AND id IN ("
                        + marks.substring(0, marks.length() - 1) + ")",
                        rs -> new Object[] {rs.getLong(1), rs.getString(2)}, params)) {
                    result.put((Long) row[0], RegistrationStatus.valueOf((String) row[1]));
                }
            }
            return result;
        });
    }

    /** Gives each registration of the map its status, in one transaction. */
    public void setStatuses(long eventId, Map<Long, RegistrationStatus> statuses) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE registration SET status=?, " + Versions.BUMP_ONLY + " WHERE event_id=? AND id=?")) {
                for (Map.Entry<Long, RegistrationStatus> e : statuses.entrySet()) {
                    Sql.bind(ps, e.getValue(), eventId, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** How many of the event's registrations stand in each status; absent statuses count zero. */
    public Map<RegistrationStatus, Long> countByStatus(long eventId) {
        return db.read(c -> {
            Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
            for (RegistrationStatus s : RegistrationStatus.values()) {
                counts.put(s, 0L);
            }
            for (Tally t : tallies(c, "SELECT status, count(*) FROM registration WHERE " + ofEvent(c, eventId)
                    + " GROUP BY status", eventId)) {
                counts.put(RegistrationStatus.valueOf(t.key()), t.count());
            }
            return counts;
        });
    }

    /** The ids of the first {@code limit} waitlisted registrations, in registration order. */
    public List<Long> waitlisted(long eventId, long limit) {
        return db.read(c -> Sql.list(c, "SELECT id FROM registration WHERE event_id=? AND status='WAITLISTED'"
                + " ORDER BY registered_at, id LIMIT ?", rs -> rs.getLong(1), eventId, limit));
    }

    /** Registrations per UTC hour ("2020-05-20T08"), earliest first. */
    public List<Tally> perHour(long eventId) {
        return db.read(c -> tallies(c, "SELECT substr(registered_at, 1, 13) AS hour, count(*) FROM registration"
                + " WHERE " + ofEvent(c, eventId) + " GROUP BY hour ORDER BY hour", eventId));
    }

    /** The countries most registrants come from, most first; registrations without one are left out. */
    public List<Tally> topCountries(long eventId, int limit) {
        return db.read(c -> tallies(c, "SELECT country, count(*) AS n FROM registration"
                + " WHERE " + ofEvent(c, eventId) + " AND country <> '' GROUP BY country ORDER BY n DESC, country"
                + " LIMIT ?", eventId, limit));
    }

    private static List<Tally> tallies(Connection c, String sql, Object... params) throws SQLException {
        return Sql.list(c, sql, rs -> new Tally(rs.getString(1), rs.getLong(2)), params);
    }

    /** Runs several store calls as one transaction: all of them are written or none. */
    public <T> T inTransaction(Supplier<T> work) {
        return db.write(c -> work.get());
    }

    /** A value and how many registrations have it. */
    public record Tally(String key, long count) {
    }

    static Registration map(ResultSet rs) throws SQLException {
        return map(RegistrationColumns.of(rs));
    }

    /** Every field of a registration row. */
    static Registration map(RegistrationColumns r) throws SQLException {
        return new Registration(r.number("id"), r.number("event_id"), r.text("email"),
                r.text("first_name"), r.text("last_name"), r.text("organisation"),
                r.text("job_title"), r.text("city"), r.text("country"),
                r.text("language"), IsoInstants.parseOrNull(r.text("registered_at")),
                RegistrationSource.valueOf(r.text("source")),
                RegistrationStatus.valueOf(r.text("status")), (int) r.number("minutes_attended"),
                r.number("consent") != 0, IsoInstants.parseOrNull(r.text("consent_at")), r.text("consent_source"),
                parseAnswers(r.text("custom_answers")), r.text("notes"));
    }

    private static Map<String, String> parseAnswers(String json) {
        try {
            // Most registrations have no answers: "{}" needs no parser.
            return json == null || json.isEmpty() || json.equals("{}") ? Map.of() : Answers.JSON.readValue(json, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new StoreException("A registration's custom answers are damaged: " + e.getOriginalMessage(), e);
        }
    }

    /** Made when a registration first has answers: an export of names never starts the mapper. */
    private static final class Answers {
        static final ObjectMapper JSON = new ObjectMapper();
    }
}
