package org.podium.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.podium.domain.Emails;
import org.podium.domain.Person;

/** Reads and writes the people directory. */
public final class PersonStore {
    private static final String COLUMNS = "honorific, first_name, last_name, email, email_key, phone,"
            + " position, organisation_id, city, country, bio, notes";

    private final Database db;

    public PersonStore(Database db) {
        this.db = db;
    }

    public Person insert(Person p) {
        return db.write(c -> p.withId(Sql.insert(c,
                "INSERT INTO person(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", values(p))));
    }

    public void update(Person p) {
        Object[] values = values(p);
        Object[] params = java.util.Arrays.copyOf(values, values.length + 1);
        params[values.length] = p.id();
        db.write(c -> Sql.update(c, "UPDATE person SET honorific=?, first_name=?, last_name=?, email=?,"
                + " email_key=?, phone=?, position=?, organisation_id=?, city=?, country=?, bio=?, notes=?"
                + " WHERE id=?", params));
    }

    private static Object[] values(Person p) {
        return new Object[] {p.honorific(), p.firstName(), p.lastName(), p.email(),
            Emails.normalise(p.email()), p.phone(), p.position(), p.organisationId(), p.city(),
            p.country(), p.bio(), p.notes()};
    }

    public Optional<Person> find(long id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM person WHERE id=?", PersonStore::map, id));
    }

    public Optional<Person> findByEmail(String email) {
        String key = Emails.normalise(email);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return db.read(c -> Sql.one(c, "SELECT * FROM person WHERE email_key=?", PersonStore::map, key));
    }

    public Optional<Person> findByName(String firstName, String lastName) {
        return db.read(c -> Sql.one(c, "SELECT * FROM person WHERE first_name=? COLLATE NOCASE"
                + " AND last_name=? COLLATE NOCASE ORDER BY id", PersonStore::map,
                firstName.strip(), lastName.strip()));
    }

    public List<Person> all() {
        return db.read(c -> Sql.list(c, "SELECT * FROM person ORDER BY last_name COLLATE NOCASE,"
                + " first_name COLLATE NOCASE", PersonStore::map));
    }

    private static Person map(ResultSet rs) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("honorific"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("email"), rs.getString("phone"),
                rs.getString("position"), Sql.nullableLong(rs, "organisation_id"), rs.getString("city"),
                rs.getString("country"), rs.getString("bio"), rs.getString("notes"));
    }
}
