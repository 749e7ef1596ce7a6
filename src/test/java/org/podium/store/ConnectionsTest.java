package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

class ConnectionsTest {
    @TempDir
    Path dir;

    @Test
    void aPlainConnectionCreatesTheFileAndWrites() throws SQLException {
        Path file = dir.resolve("plain.db");
        try (Connection c = Connections.open(file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t(x)");
            st.execute("INSERT INTO t VALUES (1)");
        }
        assertThat(count(file)).isEqualTo(1);
    }

    @Test
    void theSettingsGivenHold() throws SQLException {
        Path file = dir.resolve("settings.db");
        try (Connection c = Connections.open(file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t(x)");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(1234);
        // A copy: the driver hands out its own table of settings, which changes with them.
        java.util.Map<Object, Object> before = java.util.Map.copyOf(config.toProperties());
        try (Connection c = Connections.open(file, config); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA busy_timeout")) {
                assertThat(rs.getInt(1)).isEqualTo(1234);
            }
            assertThatThrownBy(() -> st.execute("INSERT INTO t VALUES (1)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("readonly");
        }
        // The caller's settings are its own: the connection's additions do not leak into them.
        assertThat(config.toProperties()).isEqualTo(before);
    }

    @Test
    void aPathWithSpacesAndNonAsciiLettersIsTheFileNamed() throws SQLException {
        Path file = dir.resolve(" Città 2026 .db");
        try (Connection c = Connections.open(file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t(x)");
        }
        assertThat(file).exists();
    }

    private static long count(Path file) throws SQLException {
        try (Connection c = Connections.open(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
            return rs.getLong(1);
        }
    }
}
