package org.podium.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for every test of a JVM, started from Maven Central's binaries at
 * the first use and stopped when the JVM exits. Each test takes a schema of its own in one
 * database (the address's {@code currentSchema}): a new database costs the server a checkpoint,
 * seconds on a busy machine, and a new schema almost nothing.
 */
public final class TestPostgres {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // What a crash could lose does not matter to a test's throwaway server.
                server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the tests' PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // The JVM is ending; the server's folder is a temporary one.
                }
            }, "test-postgres-stop"));
        }
        return server;
    }

    /** A new, empty book place on the server (a schema), as the superuser {@code postgres} reaches it. */
    public static TeamAddress newDatabase() {
        String schema = "book_" + NEXT.incrementAndGet();
        superuser("CREATE SCHEMA " + schema);
        return address("postgres", schema);
    }

    /** The address of the book in {@code schema} for the role {@code user}. */
    public static TeamAddress address(String user, String schema) {
        return new TeamAddress(user, "localhost", server().getPort(), "postgres", Map.of("currentSchema", schema));
    }

    /**
     * A new team book, made by the superuser, and the address of a new login role on it,
     * {@code prefix_schema}, created with {@code options} (as {@code CONNECTION LIMIT 0}) and
     * granted an editor's rights: every row of every table, not the schema itself.
     */
    public static TeamAddress editorOfNewBook(String prefix, String options) {
        TeamAddress owner = newDatabase();
        String schema = owner.parameters().get("currentSchema");
        PostgresBook.open(owner, null).close();
        String role = prefix + "_" + schema;
        superuser("CREATE ROLE " + role + " LOGIN " + options, "GRANT USAGE ON SCHEMA " + schema + " TO " + role,
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
        return address(role, schema);
    }

    /** Runs statements as the superuser on the server's own database. */
    public static void superuser(String... statements) {
        run("postgres", statements);
    }

    /** Ends every other server connection whose latest statement is like {@code queryLike}; whether there was one. */
    public static boolean terminate(String queryLike) {
        try (Connection c = server().getDatabase("postgres", "postgres").getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("SELECT count(pg_terminate_backend(pid))"
                     + " FROM pg_stat_activity WHERE query LIKE ? AND pid <> pg_backend_pid()")) {
            ps.setString(1, queryLike);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs statements as the superuser in {@code database}. */
    public static void run(String database, String... statements) {
        try (Connection c = server().getDatabase("postgres", database).getConnection();
             Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asks until {@code condition} holds, failing after ten seconds rather than hanging: a
     * notice reaches another connection in the server's own time, not at a known moment.
     */
    public static void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the condition did not hold within ten seconds");
            }
            try {
                Thread.sleep(20); // between looks, sparing the shared machine a busy loop
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }

    /** Ends the server sessions that watch books for changes, as a lost network would. */
    public static void killWatches() {
        superuser("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                + PostgresBook.WATCH_NAME + "'");
    }

    /** The address as a user gives it to {@code --db}, with its schema as a parameter. */
    public static String url(TeamAddress address) {
        return address.text();
    }

    /** A port nothing listened on a moment ago: where a test finds a server it cannot reach. */
    public static int unusedPort() throws IOException {
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
