package org.podium.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * The schema Podium's own migrations make for each version, built once per version by running
 * them into an empty in-memory database, and the check that a book holds exactly that: a book
 * from elsewhere may carry a trigger, view or index Podium never made (one that empties the
 * suppression list on every import), and such a file is refused rather than restored.
 */
final class BookSchema {
    /** Tables SQLite makes by itself (AUTOINCREMENT, ANALYZE): their presence changes no behaviour. */
    private static final Set<String> SQLITE_OWN = Set.of("sqlite_sequence", "sqlite_stat1", "sqlite_stat2",
            "sqlite_stat3", "sqlite_stat4");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Map<Integer, Map<String, SchemaObject>> MADE = new ConcurrentHashMap<>();

    /** One row of {@code sqlite_schema}, its SQL with runs of white space made one space. */
    record SchemaObject(String type, String name, String table, String sql) {
        String describe() {
            return "a" + (type.equals("index") ? "n " : " ") + type + " '" + name + "'";
        }
    }

    private BookSchema() {
    }

    /**
     * What is wrong with the schema of the book open on {@code c} at {@code version}, compared
     * with what Podium's migrations make for that version; empty when it is exactly that.
     * The first difference is described naming the object.
     */
    static Optional<String> difference(Connection c, int version) throws SQLException {
        Map<String, SchemaObject> expected = madeBy(version);
        Map<String, SchemaObject> found = read(c);
        for (SchemaObject o : found.values()) {
            SchemaObject made = expected.get(o.name());
            if (made == null || !made.type().equals(o.type())) {
                return Optional.of("it holds " + o.describe() + " that Podium does not make");
            }
            if (!made.equals(o)) {
                return Optional.of("its " + o.type() + " '" + o.name() + "' is not the one Podium makes");
            }
        }
        for (SchemaObject made : expected.values()) {
            if (!found.containsKey(made.name())) {
                return Optional.of("it lacks " + made.describe() + " that Podium makes");
            }
        }
        return Optional.empty();
    }

    /** The schema the migrations up to {@code version} make, built once per version. */
    static Map<String, SchemaObject> madeBy(int version) {
        Map<String, SchemaObject> cached = MADE.get(version);
        if (cached != null) {
            return cached;
        }
        try (Connection memory = new JDBC4Connection("jdbc:sqlite::memory:", ":memory:",
                new SQLiteConfig().toProperties())) {
            Migrations.apply(memory, 0, version);
            Map<String, SchemaObject> made = read(memory);
            MADE.put(version, made);
            return made;
        } catch (SQLException e) {
            throw new StoreException("Cannot build the schema of version " + version + " to compare a book with: "
                    + e.getMessage(), e);
        }
    }

    private static Map<String, SchemaObject> read(Connection c) throws SQLException {
        Map<String, SchemaObject> objects = new LinkedHashMap<>();
        for (SchemaObject o : Sql.list(c, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name",
                rs -> new SchemaObject(rs.getString(1), rs.getString(2), rs.getString(3), normalise(rs.getString(4))))) {
            if (!(o.type().equals("table") && SQLITE_OWN.contains(o.name()))) {
                objects.put(o.name(), o);
            }
        }
        return java.util.Collections.unmodifiableMap(objects);
    }

    private static String normalise(String sql) {
        return sql == null ? null : SPACE.matcher(sql.strip()).replaceAll(" ");
    }
}
