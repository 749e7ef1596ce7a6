package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Series;

/** Opening a team book: its schema made and checked, its server's roles, an unreachable server. */
class PostgresBookTest {
    @TempDir
    Path dir;

    @Test
    void bothEnginesHaveTheSameNumberOfMigrations() {
        assertThat(Migrations.latest(Migrations.POSTGRESQL)).isEqualTo(Migrations.latest(Migrations.SQLITE))
                .isEqualTo(Database.SCHEMA_VERSION).isPositive();
    }

    @Test
    void anEmptyDatabaseBecomesATeamBookWithTheLaptopBooksTablesAndColumns() {
        TeamAddress address = TestPostgres.newDatabase();
        try (PostgresBook team = PostgresBook.open(address, null);
             Database laptop = Database.open(dir.resolve("book.db"), java.time.Clock.systemUTC())) {
            assertThat(team.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(team.readOnly()).isFalse();
            // The embedded server's, read at open for Help → About.
            assertThat(team.serverVersion()).matches("\\d+(\\.\\d+)*.*");
            Map<String, List<String>> onServer = columns(team, "SELECT table_name, column_name"
                    + " FROM information_schema.columns WHERE table_schema = current_schema()"
                    + " AND table_name <> 'podium_schema' ORDER BY table_name, column_name");
            Map<String, List<String>> inFile = columns(laptop, "SELECT m.name, p.name FROM sqlite_schema m,"
                    + " pragma_table_info(m.name) p WHERE m.type = 'table' ORDER BY m.name, p.name");
            assertThat(onServer).isEqualTo(inFile);
        }
    }

    @Test
    void openingAgainKeepsTheDataAndMigratesNothing() {
        TeamAddress address = TestPostgres.newDatabase();
        try (PostgresBook team = PostgresBook.open(address, null)) {
            new SeriesStore(team).insert(new Series(0, "ADMin4ALL", "", "", ""));
        }
        try (PostgresBook team = PostgresBook.open(address, null)) {
            assertThat(new SeriesStore(team).findByName("admin4all")).isPresent();
            long rows = team.read(c -> Sql.count(c, "SELECT count(*) FROM podium_schema"));
            assertThat(rows).isEqualTo(1);
        }
    }

    @Test
    void aTeamBookOfANewerPodiumIsRefusedAndLeftUntouched() {
        TeamAddress address = TestPostgres.newDatabase();
        int newer = Database.SCHEMA_VERSION + 1;
        try (PostgresBook team = PostgresBook.open(address, null)) {
            team.write(c -> Sql.update(c, "UPDATE podium_schema SET version=?", newer));
        }

        assertThatThrownBy(() -> PostgresBook.open(address, null)).isInstanceOf(BookRefusedException.class)
                .hasMessageContaining("newer Podium").hasMessageContaining("schema " + newer)
                .extracting(e -> ((BookRefusedException) e).reason()).isEqualTo(BookRefusedException.Reason.NEWER);
        assertThatThrownBy(() -> PostgresBook.open(address, null))
                .hasMessageContaining(address.toString());
        TestPostgres.run("postgres", "SET search_path TO " + address.parameters().get("currentSchema"),
                "DO $$ BEGIN IF (SELECT version FROM podium_schema) <> " + newer
                        + " THEN RAISE EXCEPTION 'changed'; END IF; END $$");
    }

    @Test
    void aDatabaseHoldingOtherTablesIsNotMadeATeamBook() {
        TeamAddress address = TestPostgres.newDatabase();
        String schema = address.parameters().get("currentSchema");
        TestPostgres.superuser("CREATE TABLE " + schema + ".invoices (id integer)");

        assertThatThrownBy(() -> PostgresBook.open(address, null)).isInstanceOf(BookRefusedException.class)
                .hasMessageContaining("not a Podium team book").hasMessageContaining("left untouched")
                .extracting(e -> ((BookRefusedException) e).reason()).isEqualTo(BookRefusedException.Reason.FOREIGN);
        TestPostgres.superuser("SELECT 1 FROM " + schema + ".invoices");
        assertThatThrownBy(() -> TestPostgres.superuser("SELECT 1 FROM " + schema + ".podium_schema"))
                .hasMessageContaining("does not exist");
    }

    @Test
    void aRoleThatMayOnlyReadOpensTheBookReadOnlyAndEveryWriteIsRefusedSayingSo() {
        TeamAddress editor = TestPostgres.newDatabase();
        String schema = editor.parameters().get("currentSchema");
        try (PostgresBook team = PostgresBook.open(editor, null)) {
            new SeriesStore(team).insert(new Series(0, "ADMin4ALL", "", "", ""));
        }
        String reader = "reader_" + schema;
        TestPostgres.superuser("CREATE ROLE " + reader + " LOGIN", "GRANT USAGE ON SCHEMA " + schema + " TO " + reader,
                "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + reader);

        try (PostgresBook team = PostgresBook.open(TestPostgres.address(reader, schema), null)) {
            SeriesStore series = new SeriesStore(team);
            assertThat(team.readOnly()).isTrue();
            assertThat(series.all()).extracting(Series::name).containsExactly("ADMin4ALL");
            assertThatThrownBy(() -> series.insert(new Series(0, "Another", "", "", "")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("open read-only")
                    .hasMessageContaining("role " + reader);
        }
    }

    @Test
    void anEditorRoleGrantedTheTablesWritesThoughItDoesNotOwnThem() {
        TeamAddress editor = TestPostgres.editorOfNewBook("editor", "");

        try (PostgresBook team = PostgresBook.open(editor, null)) {
            assertThat(team.readOnly()).isFalse();
            Series stored = new SeriesStore(team).insert(new Series(0, "ADMin4ALL", "", "", ""));
            assertThat(new SeriesStore(team).find(stored.id())).contains(stored);
        }
    }

    @Test
    void anUnreachableServerIsNamedByHostAndPort() throws IOException {
        int port = TestPostgres.unusedPort();
        TeamAddress nowhere = new TeamAddress("ana", "localhost", port, "podium", Map.of());

        assertThatThrownBy(() -> PostgresBook.open(nowhere, null)).isInstanceOf(BookRefusedException.class)
                .hasMessageStartingWith("Cannot reach the PostgreSQL server at localhost:" + port)
                .hasMessageContaining("Check the host and port")
                .extracting(e -> ((BookRefusedException) e).reason()).isEqualTo(BookRefusedException.Reason.UNREACHABLE);
    }

    @Test
    void aServerAtItsConnectionLimitOrNotYetAcceptingIsBusyNotBrokenAndItsConnectionsCountAsLost() {
        TeamAddress address = new TeamAddress("ana", "db.example.org", 5432, "podium", Map.of());
        java.sql.SQLException tooMany = new java.sql.SQLException("FATAL: sorry, too many clients already", "53300");
        java.sql.SQLException starting = new java.sql.SQLException("FATAL: the database system is starting up\n"
                + "  Detail: more", "57P03");

        assertThat(TeamBookRefusal.reason(tooMany)).isEqualTo(BookRefusedException.Reason.BUSY);
        assertThat(TeamBookRefusal.reason(starting)).isEqualTo(BookRefusedException.Reason.BUSY);
        assertThat(TeamBookRefusal.reason(new java.sql.SQLException("refused", "08001")))
                .isEqualTo(BookRefusedException.Reason.UNREACHABLE);
        assertThat(TeamBookRefusal.reason(new java.sql.SQLException("out of memory", "53200")))
                .isEqualTo(BookRefusedException.Reason.OTHER);
        assertThat(TeamBookRefusal.describe(address, tooMany)).isEqualTo("The PostgreSQL server at db.example.org:5432 is"
                + " busy and takes no more connections now for the team book " + address + " (FATAL: sorry, too many"
                + " clients already). Try again in a moment; if it lasts, ask the server's administrator.");
        assertThat(TeamBookRefusal.describe(address, starting)).doesNotContain("\n").contains("is busy")
                .contains("starting up");

        for (String state : new String[] {"53300", "57P03"}) {
            assertThat(ConnectionLostException.lost(state)).as(state).isTrue();
            assertThat(ConnectionLostException.busy(state)).as(state).isTrue();
        }
        assertThat(ConnectionLostException.lost("08006")).isTrue();
        assertThat(ConnectionLostException.busy("08006")).as("a broken line is lost, not busy").isFalse();
        assertThat(ConnectionLostException.lost("53200")).as("out of memory is no connection failure").isFalse();
        assertThat(new ConnectionLostException("db.example.org:5432", "busy", tooMany).busy()).isTrue();
    }

    @Test
    void aRoleAtItsConnectionLimitIsToldTheServerIsBusyNamingIt() {
        TeamAddress address = TestPostgres.editorOfNewBook("limited", "CONNECTION LIMIT 0");

        assertThatThrownBy(() -> PostgresBook.open(address, null)).isInstanceOf(BookRefusedException.class)
                .hasMessageStartingWith("The PostgreSQL server at " + address.server() + " is busy")
                .hasMessageContaining("too many connections")
                .extracting(e -> ((BookRefusedException) e).reason()).isEqualTo(BookRefusedException.Reason.BUSY);
    }

    @Test
    void aServerAskingForAPasswordNoneWasGivenForIsARefusedLoginNotAnUnreachableServer() {
        // What the driver says when ~/.pgpass holds nothing for a server that wants a password.
        java.sql.SQLException noPassword = new java.sql.SQLException("The server requested SCRAM-based authentication,"
                + " but no password was provided.", "08004");
        TeamAddress address = new TeamAddress("ana", "db.example.org", 5432, "podium", Map.of());

        assertThat(TeamBookRefusal.reason(noPassword)).isEqualTo(BookRefusedException.Reason.LOGIN_REFUSED);
        assertThat(TeamBookRefusal.describe(address, noPassword)).startsWith("The PostgreSQL server at db.example.org:5432"
                + " asks for the password of the user ana");
        assertThat(TeamBookRefusal.describe(address, new java.sql.SQLException("password authentication failed", "28P01")))
                .startsWith("The PostgreSQL server at db.example.org:5432 refused the user ana");
        assertThat(TeamBookRefusal.reason(new java.sql.SQLException("Connection refused", "08001")))
                .isEqualTo(BookRefusedException.Reason.UNREACHABLE);
    }

    @Test
    void aServerAskingForAPasswordNoneWasFoundForSaysWhereToPutIt() {
        TeamAddress team = new TeamAddress("ana", "db.example.org", 5432, "podium", Map.of());
        // What the driver says, before asking the server, when it has no password to answer with.
        SQLException noPassword = new SQLException(
                "The server requested SCRAM-based authentication, but the password is an empty string.", "08004");

        assertThat(TeamBookRefusal.describe(team, noPassword))
                .startsWith("The PostgreSQL server at db.example.org:5432 asks for the password of the user ana")
                .contains("~/.pgpass").contains("PGPASSWORD").doesNotContain("Check the host and port");
    }

    @Test
    void aDatabaseThatDoesNotExistIsNamed() {
        TestPostgres.server();
        TeamAddress missing = new TeamAddress("postgres", "localhost", TestPostgres.server().getPort(), "no_such_book",
                Map.of());

        assertThatThrownBy(() -> PostgresBook.open(missing, null)).isInstanceOf(BookRefusedException.class)
                .hasMessageContaining("There is no database no_such_book")
                .extracting(e -> ((BookRefusedException) e).reason()).isEqualTo(BookRefusedException.Reason.NO_DATABASE);
    }

    private static Map<String, List<String>> columns(BookDatabase db, String sql) {
        Map<String, List<String>> columns = new TreeMap<>();
        for (String[] row : db.read(c -> Sql.list(c, sql, rs -> new String[] {rs.getString(1), rs.getString(2)}))) {
            columns.computeIfAbsent(row[0], k -> new java.util.ArrayList<>()).add(row[1]);
        }
        return columns;
    }
}
