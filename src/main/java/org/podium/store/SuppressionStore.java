package org.podium.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.podium.domain.Emails;
import org.podium.domain.Suppression;

/** The book-wide list of addresses never to mail. */
public final class SuppressionStore {
    private final Database db;

    public SuppressionStore(Database db) {
        this.db = db;
    }

    /** Adds the address, keeping the earlier entry if it is already suppressed; true if new. */
    public boolean add(Suppression s) {
        return db.write(c -> Sql.update(c, "INSERT OR IGNORE INTO suppression(email, reason, since) VALUES (?,?,?)",
                s.email(), s.reason(), s.since()) == 1);
    }

    public boolean remove(String email) {
        return db.write(c -> Sql.update(c, "DELETE FROM suppression WHERE email=?", Emails.normalise(email)) == 1);
    }

    public boolean contains(String email) {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM suppression WHERE email=?",
                Emails.normalise(email)) > 0);
    }

    public List<Suppression> all() {
        return db.read(c -> Sql.list(c, "SELECT * FROM suppression ORDER BY email", SuppressionStore::map));
    }

    private static Suppression map(ResultSet rs) throws SQLException {
        return new Suppression(rs.getString("email"), rs.getString("reason"), Sql.instant(rs, "since"));
    }
}
