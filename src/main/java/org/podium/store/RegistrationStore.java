package org.podium.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.podium.domain.Emails;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;

/** Reads and writes registrations; an address is unique within its event. */
public final class RegistrationStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() { };
    static final String COLUMNS = "event_id, email, email_key, first_name, last_name, organisation, job_title,"
            + " city, country, language, registered_at, source, status, minutes_attended, consent,"
            + " consent_at, consent_source, custom_answers, notes";

    private final Database db;

    public RegistrationStore(Database db) {
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

    /** Overwrites every field of the stored registration with this id. */
    public void update(Registration r) {
        Object[] values = values(r);
        Object[] params = java.util.Arrays.copyOf(values, values.length + 1);
        params[values.length] = r.id();
        db.write(c -> Sql.update(c, "UPDATE registration SET event_id=?, email=?, email_key=?, first_name=?,"
                + " last_name=?, organisation=?, job_title=?, city=?, country=?, language=?, registered_at=?,"
                + " source=?, status=?, minutes_attended=?, consent=?, consent_at=?, consent_source=?,"
                + " custom_answers=?, notes=? WHERE id=?", params));
    }

    static Object[] values(Registration r) {
        return new Object[] {r.eventId(), r.email(), r.emailKey(), r.firstName(), r.lastName(),
            r.organisation(), r.jobTitle(), r.city(), r.country(), r.language(), r.registeredAt(),
            r.source(), r.status(), r.minutesAttended(), r.consent(), r.consentAt(), r.consentSource(),
            answers(r.customAnswers()), r.notes()};
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

    static Registration map(ResultSet rs) throws SQLException {
        return new Registration(rs.getLong("id"), rs.getLong("event_id"), rs.getString("email"),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("organisation"),
                rs.getString("job_title"), rs.getString("city"), rs.getString("country"),
                rs.getString("language"), Sql.instant(rs, "registered_at"),
                Sql.enumOf(RegistrationSource.class, rs, "source"),
                Sql.enumOf(RegistrationStatus.class, rs, "status"), rs.getInt("minutes_attended"),
                rs.getInt("consent") != 0, Sql.instant(rs, "consent_at"), rs.getString("consent_source"),
                parseAnswers(rs.getString("custom_answers")), rs.getString("notes"));
    }

    private static String answers(Map<String, String> answers) {
        try {
            return JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot store custom answers: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, String> parseAnswers(String json) {
        try {
            return json == null || json.isEmpty() ? Map.of() : JSON.readValue(json, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new StoreException("A registration's custom answers are damaged: " + e.getOriginalMessage(), e);
        }
    }
}
