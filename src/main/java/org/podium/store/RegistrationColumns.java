package org.podium.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A registration row's columns by name, however they were read: one JDBC column each
 * ({@link #of}) or cut out of one value that SQLite joined ({@link JoinedRow}).
 */
interface RegistrationColumns {
    /** The column's text; null for SQL NULL. */
    String text(String column) throws SQLException;

    /** The column as a whole number, as SQLite converts it. */
    long number(String column) throws SQLException;

    static RegistrationColumns of(ResultSet rs) {
        return new RegistrationColumns() {
            @Override
            public String text(String column) throws SQLException {
                return rs.getString(column);
            }

            @Override
            public long number(String column) throws SQLException {
                return rs.getLong(column);
            }
        };
    }
}
