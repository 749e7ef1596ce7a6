package org.podium.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.podium.domain.Organisation;
import org.podium.domain.OrganisationKind;
import org.podium.domain.Versioned;

/** Reads and writes organisations. */
public final class OrganisationStore {
    private final BookDatabase db;

    public OrganisationStore(BookDatabase db) {
        this.db = db;
    }

    public Organisation insert(Organisation o) {
        return db.write(c -> o.withId(Sql.insert(c,
                "INSERT INTO organisation(name, short_name, kind, city, country) VALUES (?,?,?,?,?)",
                o.name(), o.shortName(), o.kind(), o.city(), o.country())));
    }

    public void update(Organisation o) {
        update(o, null);
    }

    /**
     * Saves a changed organisation, raising its version; with {@code expectedVersion} given,
     * only if the stored one is still at that version, else {@link StaleRecordException}.
     */
    public void update(Organisation o, Long expectedVersion) {
        db.write(c -> Versions.update(c, db, "organisation", "name=?, short_name=?, kind=?, city=?, country=?",
                new Object[] {o.name(), o.shortName(), o.kind(), o.city(), o.country()}, "", o.id(), expectedVersion));
    }

    /**
     * Stores an organisation again under the id it had, as undoing its deletion does; the id
     * must be free.
     */
    public Organisation reinsert(Organisation o) {
        db.write(c -> Sql.update(c, "INSERT INTO organisation(id, name, short_name, kind, city, country)"
                + " VALUES (?,?,?,?,?,?)", o.id(), o.name(), o.shortName(), o.kind(), o.city(), o.country()));
        return o;
    }

    /**
     * Removes the organisation for good; its people keep their place in the book without it.
     * One that organises an event, live or in the trash, is refused by the database.
     */
    public boolean delete(long id) {
        return db.write(c -> Sql.update(c, "DELETE FROM organisation WHERE id=?", id) == 1);
    }

    public Optional<Organisation> find(long id) {
        return findVersioned(id).map(Versioned::value);
    }

    /** An organisation with the stamp it is stored at, which a save can be made against. */
    public Optional<Versioned<Organisation>> findVersioned(long id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM organisation WHERE id=?",
                rs -> new Versioned<>(map(rs), Versions.stamp(rs)), id));
    }

    /** Finds by full name, ignoring case, as imports and sample data match organisations. */
    public Optional<Organisation> findByName(String name) {
        return db.read(c -> Sql.one(c, "SELECT * FROM organisation WHERE " + db.dialect().sameTextIgnoringCase("name"),
                OrganisationStore::map,
                name.strip()));
    }

    public List<Organisation> all() {
        return db.read(c -> Sql.list(c, "SELECT * FROM organisation ORDER BY " + db.dialect().caseless("name"),
                OrganisationStore::map));
    }

    private static Organisation map(ResultSet rs) throws SQLException {
        return new Organisation(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
                Sql.enumOf(OrganisationKind.class, rs, "kind"), rs.getString("city"), rs.getString("country"));
    }
}
