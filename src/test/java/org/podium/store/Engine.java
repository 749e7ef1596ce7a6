package org.podium.store;

/** The two kinds of book every store's contract test runs on. */
enum Engine {
    /** A laptop book: an SQLite file in the test's folder. */
    SQLITE,
    /** A team book: a new database on the tests' PostgreSQL server. */
    POSTGRESQL
}
