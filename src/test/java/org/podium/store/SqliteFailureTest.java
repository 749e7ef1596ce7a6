package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures are told apart by SQLite's result codes, whatever words the message uses. */
class SqliteFailureTest {
    @TempDir
    Path dir;

    @Test
    void aUniqueIndexOverRepeatedRowsIsAUniqueViolationAndOtherConstraintsAreNot() throws SQLException {
        try (Connection c = Connections.open(dir.resolve("t.db")); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t(a TEXT NOT NULL, b TEXT)");
            st.execute("INSERT INTO t VALUES ('x', 'UNIQUE'), ('x', 'UNIQUE')");

            SQLException repeated = catchThrowableOfType(() -> st.execute("CREATE UNIQUE INDEX t_a ON t(a)"),
                    SQLException.class);
            SQLException missing = catchThrowableOfType(() -> st.execute("INSERT INTO t VALUES (NULL, 'UNIQUE')"),
                    SQLException.class);
            st.execute("CREATE TABLE u(a TEXT UNIQUE)");
            st.execute("INSERT INTO u VALUES ('y')");
            SQLException twice = catchThrowableOfType(() -> st.execute("INSERT INTO u VALUES ('y')"),
                    SQLException.class);

            assertThat(SqliteFailure.uniqueViolated(repeated)).isTrue();
            assertThat(SqliteFailure.uniqueViolated(twice)).isTrue();
            assertThat(SqliteFailure.uniqueViolated(missing)).isFalse();
            assertThat(SqliteFailure.uniqueViolated(new SQLException("UNIQUE constraint failed: t.a"))).isFalse();
        }
    }
}
