package org.podium.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
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
 * connections, its schema made and brought up to date when it opens ({@link TeamBookSchema}),
 * a refusal told in the user's terms ({@link TeamBookRefusal}). Writes run in a transaction on a connection of their own; reads
 * outside one borrow any connection. A role that may only read the tables opens the book
 * read-only, refusing every write as a laptop book opened by a second window does.
 */
public final class PostgresBook extends SignedBook {
    /** How long opening waits for the server before it says it cannot be reached. */
    static final int CONNECT_TIMEOUT_SECONDS = 10;
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
                int version = TeamBookSchema.version(c);
                readOnlyWhy = TeamBookSchema.canWrite(c, version) ? "" : "because the role " + address.user() + " may only read it on "
                        + address.server() + "; nothing was changed. Ask the server's administrator for an editor's"
                        + " grants.";
                TeamBookSchema.migrate(address, c, version, readOnlyWhy.isEmpty());
                // Read once here, so Help → About never talks to the server on the FX thread.
                serverVersion = Sql.one(c, "SHOW server_version", rs -> rs.getString(1)).orElse("");
            }
            return new PostgresBook(address, pool, readOnlyWhy, serverVersion);
        } catch (SQLException e) {
            pool.close();
            throw new BookRefusedException(null, TeamBookRefusal.reason(e), TeamBookRefusal.describe(address, e), e);
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
            return "not reached: " + TeamBookRefusal.describe(address, e);
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
            throw new BookRefusedException(null, TeamBookRefusal.reason(cause), TeamBookRefusal.describe(address, cause), cause);
        }
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
        return read(TeamBookSchema::version);
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
                    ? TeamBookRefusal.busy(address, e) + " Nothing was changed; try again in a moment."
                    : "Lost the connection to the PostgreSQL server at " + address.server()
                    + " of the team book " + address + "; nothing was changed. Try again when it is back.", e);
        }
        if (state.equals("42501")) {
            return new StoreException("The team book " + address + " is open read-only for the role "
                    + address.user() + ": the server refused the change; nothing was changed.", e);
        }
        return new StoreException("Database error in " + address + ": " + TeamBookRefusal.firstLine(e), e);
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
