package org.podium.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.podium.domain.Series;

/** Reads and writes event series. */
public final class SeriesStore {
    private final BookDatabase db;

    public SeriesStore(BookDatabase db) {
        this.db = db;
    }

    public Series insert(Series series) {
        return db.write(c -> series.withId(Sql.insert(c,
                "INSERT INTO series(name, description, funder, web_page) VALUES (?,?,?,?)",
                series.name(), series.description(), series.funder(), series.webPage())));
    }

    public void update(Series series) {
        db.write(c -> Sql.update(c, "UPDATE series SET name=?, description=?, funder=?, web_page=? WHERE id=?",
                series.name(), series.description(), series.funder(), series.webPage(), series.id()));
    }

    public Optional<Series> find(long id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM series WHERE id=?", SeriesStore::map, id));
    }

    public Optional<Series> findByName(String name) {
        return db.read(c -> Sql.one(c, "SELECT * FROM series WHERE " + db.dialect().sameTextIgnoringCase("name"),
                SeriesStore::map, name.strip()));
    }

    public List<Series> all() {
        return db.read(c -> Sql.list(c, "SELECT * FROM series ORDER BY " + db.dialect().caseless("name"),
                SeriesStore::map));
    }

    private static Series map(ResultSet rs) throws SQLException {
        return new Series(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                rs.getString("funder"), rs.getString("web_page"));
    }
}
