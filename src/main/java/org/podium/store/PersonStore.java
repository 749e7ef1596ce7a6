package org.podium.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.podium.domain.Emails;
import org.podium.domain.Person;
import org.podium.domain.Versioned;

/**
 * Reads and writes the people directory. A person in the trash (soft-deleted) is invisible to
 * every read, and so are their seats and agenda slots, until they are restored.
 */
public final class PersonStore {
    private static final String COLUMNS = "honorific, first_name, last_name, email, email_key, phone,"
            + " position, organisation_id, city, country, bio, notes";

    private final BookDatabase db;

    public PersonStore(BookDatabase db) {
        this.db = db;
    }

    public Person insert(Person p) {
        return db.write(c -> p.withId(Sql.insert(c,
                "INSERT INTO person(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", values(p))));
    }

    public void update(Person p) {
        update(p, null);
    }

    /**
     * Saves a changed person, raising their version; with {@code expectedVersion} given, only
     * if the stored person is still at that version, else {@link StaleRecordException}.
     */
    public void update(Person p, Long expectedVersion) {
        db.write(c -> {
            int changed = Versions.update(c, db, "person", "honorific=?, first_name=?, last_name=?, email=?,"
                    + " email_key=?, phone=?, position=?, organisation_id=?, city=?, country=?, bio=?, notes=?",
                    values(p), " AND deleted_at IS NULL", p.id(), expectedVersion);
            if (changed == 0) {
                throw new StoreException("There is no person " + p.id() + ".");
            }
            return null;
        });
    }

    /** Moves a live person to the trash; false if there is no such live person. */
    public boolean moveToTrash(long id, Instant when) {
        return db.write(c -> Sql.moveToTrash(c, "person", id, when));
    }

    /** Brings a person back from the trash; false if they are not in the trash. */
    public boolean restoreFromTrash(long id) {
        return db.write(c -> Sql.restoreFromTrash(c, "person", id));
    }

    /** The email of a person in the trash, if there is one, so a restore can check it is still free. */
    public Optional<String> emailInTrash(long id) {
        return db.read(c -> Sql.one(c, "SELECT email FROM person WHERE id=? AND deleted_at IS NOT NULL",
                rs -> rs.getString(1), id));
    }

    /** The ids of everyone, live or in the trash, who belongs to the organisation. */
    public List<Long> idsInOrganisation(long organisationId) {
        return db.read(c -> Sql.list(c, "SELECT id FROM person WHERE organisation_id=? ORDER BY id",
                rs -> rs.getLong(1), organisationId));
    }

    /** Sets the organisation of these people, live or in the trash, as undoing an organisation's deletion does. */
    public void setOrganisation(List<Long> ids, Long organisationId) {
        db.write(c -> {
            for (long id : ids) {
                Sql.update(c, "UPDATE person SET organisation_id=?, " + Versions.BUMP_ONLY + " WHERE id=?", organisationId, id);
            }
            return null;
        });
    }

    private static Object[] values(Person p) {
        return new Object[] {p.honorific(), p.firstName(), p.lastName(), p.email(),
            Emails.normalise(p.email()), p.phone(), p.position(), p.organisationId(), p.city(),
            p.country(), p.bio(), p.notes()};
    }

    public Optional<Person> find(long id) {
        return findVersioned(id).map(Versioned::value);
    }

    /** A live person with the stamp they are stored at, which a save can be made against. */
    public Optional<Versioned<Person>> findVersioned(long id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM person WHERE id=? AND deleted_at IS NULL",
                rs -> new Versioned<>(map(rs), Versions.stamp(rs)), id));
    }

    public Optional<Person> findByEmail(String email) {
        String key = Emails.normalise(email);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return db.read(c -> Sql.one(c, "SELECT * FROM person WHERE email_key=? AND deleted_at IS NULL",
                PersonStore::map, key));
    }

    public Optional<Person> findByName(String firstName, String lastName) {
        return db.read(c -> Sql.one(c, "SELECT * FROM person WHERE " + db.dialect().sameTextIgnoringCase("first_name")
                + " AND " + db.dialect().sameTextIgnoringCase("last_name") + " AND deleted_at IS NULL ORDER BY id",
                PersonStore::map,
                firstName.strip(), lastName.strip()));
    }

    public List<Person> all() {
        return db.read(c -> Sql.list(c, "SELECT * FROM person WHERE deleted_at IS NULL"
                + " ORDER BY " + db.dialect().caseless("last_name") + ", " + db.dialect().caseless("first_name"),
                PersonStore::map));
    }

    /** Removes the person for good, in the trash or not, with their seats and agenda places. */
    public boolean delete(long id) {
        return db.write(c -> Sql.update(c, "DELETE FROM person WHERE id=?", id) == 1);
    }

    /** The people in the trash, most recently trashed first. */
    public List<Person> trash() {
        return db.read(c -> Sql.list(c, "SELECT * FROM person WHERE deleted_at IS NOT NULL"
                + " ORDER BY deleted_at DESC, id DESC", PersonStore::map));
    }

    /** When each person in the trash went there. */
    public Map<Long, Instant> trashedAt() {
        return db.read(c -> Sql.trashedAt(c, "person"));
    }

    /** The person in the trash holding this address, if any (an address stays unique either way). */
    public Optional<Person> findInTrashByEmail(String email) {
        String key = Emails.normalise(email);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return db.read(c -> Sql.one(c, "SELECT * FROM person WHERE email_key=? AND deleted_at IS NOT NULL",
                PersonStore::map, key));
    }

    private static Person map(ResultSet rs) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("honorific"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("email"), rs.getString("phone"),
                rs.getString("position"), Sql.nullableLong(rs, "organisation_id"), rs.getString("city"),
                rs.getString("country"), rs.getString("bio"), rs.getString("notes"));
    }
}
