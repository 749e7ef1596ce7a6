package org.podium.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work done on a connection the {@link Database} lends. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
