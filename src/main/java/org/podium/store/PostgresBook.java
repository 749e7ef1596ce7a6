package org.podium.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.postgresql.PGConnection;

/**
 * An open team book: a database on a PostgreSQL server, reached through a small pool of
 * connections, its schema made and brought up to date by the numbered scripts under
 * {@code org/podium/db/postgresql/} (the version kept in the one-row table
 * {@code podium_schema}). Writes run in a transaction on a connection of their own; reads
 * outside one borrow any connection. A role that may only read the tables opens the book
 * read-only, refusing every write as a laptop book opened by a second window does.
 */
public final class PostgresBook extends SignedBook {
    /** How long opening waits for the server before it says it cannot be reached. */
    static final int CONNECT_TIMEOUT_SECONDS = 10;
    /** Any number the same for every Podium: makes two first opens of one database take turns. */
    private static final long MIGRATION_LOCK = 0x506f6469756dL;
    private static final int POOL_SIZE = 4;
    /** The application name of the connection that listens for other coordinators' saves. */
    public static final String WATCH_NAME = "Podium watch";

    private final TeamAddress address;
    private final HikariDataSource pool;
    private final String readOnlyWhy;
    private final String serverVersion;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();
    /** The server sessions this book has written through: their notices are not news to its window. */
    private final Set<Integer> writers = ConcurrentHashMap.newKeySet();

    private PostgresBook(TeamAddress address, HikariDataSource pool, String readOnlyWhy, String serverVersion) {
        super("");
        this.address = address;
        this.pool = pool;
        this.readOnlyWhy = readOnlyWhy;
        this.serverVersion = serverVersion;
    }

    /**
     * Opens the team book at {@code address} with {@code password} (null when the server asks
     * for none). An empty database becomes a team book; one a newer Podium made, or a database
     * holding tables that are not Podium's, is refused and left as it was. A server that
     * cannot be reached is named, host and port, within {@value #CONNECT_TIMEOUT_SECONDS} s.
     */
    public static PostgresBook open(TeamAddress address, String password) {
        HikariDataSource pool = pool(address, password);
        try {
            String readOnlyWhy;
            String serverVersion;
            try (Connection c = pool.getConnection()) {
                readOnlyWhy = canWrite(c) ? "" : "because the role " + address.user() + " may only read it on "
                        + address.server() + "; nothing was changed. Ask the server's administrator for an editor's"
                        + " grants.";
                migrate(address, c, readOnlyWhy.isEmpty());
                // Read once here, so Help → About never talks to the server on the FX thread.
                serverVersion = Sql.one(c, "SHOW server_version", rs -> rs.getString(1)).orElse("");
            }
            return new PostgresBook(address, pool, readOnlyWhy, serverVersion);
        } catch (SQLException e) {
            pool.close();
            throw new BookRefusedException(null, reason(e), describe(address, e), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * The version of the server at {@code address}, as {@code podium --version} prints it, read
     * on a connection of its own without touching the book; the reason when it cannot be reached.
     */
    public static String serverVersion(TeamAddress address, String password) {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", address.user());
        properties.setProperty("password", password == null ? "" : password);
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        properties.putAll(address.parameters());
        try (Connection c = java.sql.DriverManager.getConnection(address.jdbcUrl(), properties)) {
            return "PostgreSQL " + Sql.one(c, "SHOW server_version", rs -> rs.getString(1)).orElse("?") + " at "
                    + address.server();
        } catch (SQLException e) {
            return "not reached: " + describe(address, e);
        }
    }

    private static HikariDataSource pool(TeamAddress address, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("podium-team-book");
        config.setDriverClassName("org.postgresql.Driver");
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(address.user());
        // Always a password, if only an empty one: without it the driver would read ~/.pgpass
        // itself, also when its permissions are too open for libpq (and so for PgPass) to use it.
        config.setPassword(password == null ? "" : password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS * 1_000L);
        config.addDataSourceProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        config.addDataSourceProperty("ApplicationName", "Podium");
        for (Map.Entry<String, String> p : address.parameters().entrySet()) {
            config.addDataSourceProperty(p.getKey(), p.getValue());
        }
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            SQLException cause = e.getCause() instanceof SQLException s ? s : new SQLException(e.getMessage(), e);
            throw new BookRefusedException(null, reason(cause), describe(address, cause), cause);
        }
    }

    /** Whether the role may change the book: an empty database counts as writable if it may create in it. */
    private static boolean canWrite(Connection c) throws SQLException {
        if (!Sql.one(c, "SELECT to_regclass('podium_schema') IS NOT NULL", rs -> rs.getBoolean(1)).orElse(false)) {
            return true;
        }
        return Sql.one(c, "SELECT has_table_privilege('event', 'INSERT')"
                + " AND has_table_privilege('event', 'UPDATE') AND has_table_privilege('event', 'DELETE')",
                rs -> rs.getBoolean(1)).orElse(false);
    }

    /** The schema version the database holds: 0 for an empty database. */
    static int schemaVersion(Connection c) throws SQLException {
        if (!Sql.one(c, "SELECT to_regclass('podium_schema') IS NOT NULL", rs -> rs.getBoolean(1)).orElse(false)) {
            return 0;
        }
        return Sql.one(c, "SELECT version FROM podium_schema", rs -> rs.getInt(1)).orElse(0);
    }

    private static void migrate(TeamAddress address, Connection c, boolean writable) throws SQLException {
        int latest = Migrations.latest(Migrations.POSTGRESQL);
        int version = schemaVersion(c);
        refuseNewer(address, version, latest);
        if (version == latest) {
            return;
        }
        if (!writable) {
            throw new BookRefusedException(null, "The team book " + address + " is at schema " + version
                    + " and this Podium at " + latest + "; the role " + address.user() + " may only read it, so"
                    + " it can be opened once an editor's Podium of this version has opened it.", null);
        }
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            // Read again under the lock: another Podium may have migrated while this one waited.
            version = schemaVersion(c);
            refuseNewer(address, version, latest);
            if (version == 0) {
                refuseForeign(address, c);
                st.execute("CREATE TABLE podium_schema (version INTEGER NOT NULL)");
                st.execute("INSERT INTO podium_schema(version) VALUES (0)");
            }
            for (int v = version + 1; v <= latest; v++) {
                try {
                    for (String sql : Migrations.statements(Migrations.load(Migrations.POSTGRESQL, v))) {
                        st.execute(sql);
                    }
                } catch (SQLException e) {
                    throw new SQLException("migration " + v + " failed: " + e.getMessage(), e.getSQLState(), e);
                }
                st.execute("UPDATE podium_schema SET version = " + v);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void refuseNewer(TeamAddress address, int version, int latest) {
        if (version > latest) {
            throw new BookRefusedException(null, BookRefusedException.Reason.NEWER, "The team book " + address
                    + " was written by a newer Podium"
                    + " (schema " + version + "; this Podium knows up to " + latest + "). Update Podium to open it;"
                    + " the database was left untouched.", null);
        }
    }

    /** An empty database becomes a team book; one that holds other tables is not Podium's to change. */
    private static void refuseForeign(TeamAddress address, Connection c) throws SQLException {
        long tables = Sql.count(c, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()");
        if (tables > 0) {
            throw new BookRefusedException(null, BookRefusedException.Reason.FOREIGN, "The database " + address
                    + " holds tables that are not a Podium team book; it was left untouched. Use an empty database"
                    + " for a new team book.", null);
        }
    }

    /** Why the server refused, by the SQL state as {@link #describe} tells it. */
    static BookRefusedException.Reason reason(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        // 08004: the driver had no password to give a server that asks for one; the server was reached.
        if (state.equals("28P01") || state.equals("28000") || state.equals("08004")) {
            return BookRefusedException.Reason.LOGIN_REFUSED;
        }
        if (ConnectionLostException.busy(state)) {
            return BookRefusedException.Reason.BUSY;
        }
        if (state.startsWith("08")) {
            return BookRefusedException.Reason.UNREACHABLE;
        }
        return state.equals("3D000") ? BookRefusedException.Reason.NO_DATABASE : BookRefusedException.Reason.OTHER;
    }

    /** What went wrong opening, in the user's terms, decided on the SQL state the server or driver gave. */
    static String describe(TeamAddress address, SQLException e) {
        return switch (reason(e)) {
            case UNREACHABLE -> "Cannot reach the PostgreSQL server at " + address.server() + " for the team book "
                    + address + " (" + firstLine(e) + "). Check the host and port, and that the server is running.";
            case BUSY -> busy(address, e) + " Try again in a moment; if it lasts, ask the server's administrator.";
            // The driver's own refusal before asking the server, above all a password it does not have.
            case LOGIN_REFUSED -> "08004".equals(e.getSQLState()) ? "The PostgreSQL server at " + address.server()
                    + " asks for the password of the user " + address.user() + " for the team book " + address
                    + ", and none was found (" + firstLine(e) + "). Put it in ~/.pgpass (or the file PGPASSFILE names;"
                    + " it is ignored if others may read it) or in PGPASSWORD, or type it in File → Open team book…."
                    : "The PostgreSQL server at " + address.server() + " refused the user " + address.user()
                    + " for the team book " + address + " (" + firstLine(e) + "). Check the user and the password"
                    + " in ~/.pgpass (or the file PGPASSFILE names; it is ignored if others may read it).";
            case NO_DATABASE -> "There is no database " + address.database() + " on the PostgreSQL server at "
                    + address.server() + "; ask its administrator to create it (an empty database becomes a team book).";
            default -> "Cannot open the team book " + address + ": " + firstLine(e);
        };
    }

    /** A server that was reached but takes no connection now, said in one sentence. */
    private static String busy(TeamAddress address, SQLException e) {
        // The pool's own timeout carries the server's refusal, which says more than "timed out".
        SQLException server = e.getCause() instanceof SQLException refusal ? refusal : e;
        return "The PostgreSQL server at " + address.server() + " is busy and takes no more connections now for the"
                + " team book " + address + " (" + firstLine(server) + ").";
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage()).strip();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** The server's version as it gave it when the book was opened ({@code SHOW server_version}). */
    public String serverVersion() {
        return serverVersion;
    }

    /** The address the book was opened with. */
    public TeamAddress address() {
        return address;
    }

    @Override
    public String name() {
        return address.toString();
    }

    @Override
    public Optional<Path> file() {
        return Optional.empty();
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public boolean readOnly() {
        return !readOnlyWhy.isEmpty();
    }

    /** The schema version stored in the database. */
    public int schemaVersion() {
        return read(PostgresBook::schemaVersion);
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        Connection current = transaction.get();
        if (current != null) {
            return run(current, work);
        }
        try (Connection c = pool.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        if (readOnly()) {
            throw new StoreException("The team book " + address + " is open read-only, " + readOnlyWhy);
        }
        Connection current = transaction.get();
        if (current != null) {
            return run(current, work);
        }
        try (Connection c = pool.getConnection()) {
            writers.add(c.unwrap(PGConnection.class).getBackendPID());
            c.setAutoCommit(false);
            transaction.set(c);
            boolean done = false;
            try {
                T result = work.apply(c);
                c.commit();
                done = true;
                return result;
            } finally {
                transaction.remove();
                if (done) {
                    c.setAutoCommit(true);
                } else {
                    rollback(c);
                }
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * Runs read-only work in one REPEATABLE READ transaction: everything it reads is the book as
     * it was when it began, whatever other coordinators commit meanwhile (a laptop copy's
     * tables agree with each other). Its reads may stream rows ({@code setFetchSize}), which
     * needs the transaction this gives them.
     */
    public <T> T snapshot(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                return work.apply(c);
            } finally {
                rollback(c);
                c.setReadOnly(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    // Quietly, so the failure that ends the work is the one reported: on a lost connection these
    // fail too ("Connection is closed"), and the pool resets a connection it takes back anyway.
    private static void rollback(Connection c) {
        try {
            c.rollback();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // Nothing was committed; a lost connection has rolled back on the server already.
        }
    }

    private <T> T run(Connection c, SqlWork<T> work) {
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private StoreException translate(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (ConnectionLostException.lost(state) || e instanceof SQLTransientConnectionException) {
            // The pool's other connections went with the server: none is lent again unchecked.
            pool.getHikariPoolMXBean().softEvictConnections();
            return new ConnectionLostException(address.server(), ConnectionLostException.busy(state)
                    ? busy(address, e) + " Nothing was changed; try again in a moment."
                    : "Lost the connection to the PostgreSQL server at " + address.server()
                    + " of the team book " + address + "; nothing was changed. Try again when it is back.", e);
        }
        if (state.equals("42501")) {
            return new StoreException("The team book " + address + " is open read-only for the role "
                    + address.user() + ": the server refused the change; nothing was changed.", e);
        }
        return new StoreException("Database error in " + address + ": " + firstLine(e), e);
    }

    /**
     * Watches for other coordinators' saves on a connection of its own, outside the pool (it
     * stays open, listening); a look fails within {@value #CONNECT_TIMEOUT_SECONDS} s when the
     * server went away, and tries again at the next.
     */
    @Override
    public ChangeWatch watch() {
        return TeamWatch.on(address, () -> {
            Properties properties = new Properties();
            properties.putAll(pool.getDataSourceProperties());
            properties.setProperty("user", pool.getUsername());
            properties.setProperty("password", pool.getPassword());
            properties.setProperty("ApplicationName", WATCH_NAME);
            properties.putIfAbsent("socketTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
            return java.sql.DriverManager.getConnection(pool.getJdbcUrl(), properties);
        }, writers);
    }

    @Override
    public void close() {
        pool.close();
    }
}
