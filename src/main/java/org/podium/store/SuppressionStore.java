package org.podium.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.podium.domain.Emails;
import org.podium.domain.Suppression;

/** The book-wide list of addresses never to mail. */
public final class SuppressionStore {
    private final BookDatabase db;

    public SuppressionStore(BookDatabase db) {
        this.db = db;
    }

    /** Adds the address, keeping the earlier entry if it is already suppressed; true if new. */
    public boolean add(Suppression s) {
        return db.write(c -> Sql.update(c, insert(),
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

    /** The addresses suppressed for exactly this reason. */
    public List<String> withReason(String reason) {
        return db.read(c -> Sql.list(c, "SELECT email FROM suppression WHERE reason=?", rs -> rs.getString(1), reason));
    }

    public Optional<Suppression> find(String email) {
        return db.read(c -> Sql.one(c, "SELECT * FROM suppression WHERE email=?", SuppressionStore::map,
                Emails.normalise(email)));
    }

    /**
     * Adds many addresses in one transaction, keeping earlier entries of addresses already
     * suppressed; returns the addresses that were new.
     */
    public List<String> addAll(Collection<Suppression> entries) {
        return db.write(c -> {
            List<String> added = new ArrayList<>();
            for (Suppression s : entries) {
                if (Sql.update(c, insert(),
                        s.email(), s.reason(), s.since()) == 1) {
                    added.add(s.email());
                }
            }
            return added;
        });
    }

    private String insert() {
        return db.dialect().insertIgnoringDuplicates("INSERT INTO suppression(email, reason, since) VALUES (?,?,?)");
    }

    private static Suppression map(ResultSet rs) throws SQLException {
        return new Suppression(rs.getString("email"), rs.getString("reason"), Sql.instant(rs, "since"));
    }
}
