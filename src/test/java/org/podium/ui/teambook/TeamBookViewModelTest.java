package org.podium.ui.teambook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.service.Book;
import org.podium.service.book.TeamBookAddress;
import org.podium.store.BookRefusedException;
import org.podium.store.TeamAddress;
import org.podium.store.TestPostgres;
import org.podium.ui.common.InPlaceTaskRunner;
import org.podium.ui.common.Messages;

/** The Open team book dialog's state: the address from the fields, the opening, its refusals, Cancel, the recent list. */
class TeamBookViewModelTest {
    @TempDir
    Path dir;
    private final List<Book> opened = new ArrayList<>();
    private final List<TeamBookAddress> tried = new ArrayList<>();
    private final List<Optional<String>> passwords = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Book::close);
        Messages.use(Locale.ENGLISH);
    }

    private TeamBookViewModel model(TeamBookViewModel.Opener opener, InPlaceTaskRunner runner, List<String> recent) {
        return new TeamBookViewModel((address, password) -> {
            tried.add(address);
            passwords.add(password);
            return opener.open(address, password);
        }, runner, (book, address) -> opened.add(book), recent, "ana");
    }

    private static TeamBookViewModel.Opener refusing(BookRefusedException.Reason reason) {
        return (address, password) -> {
            throw new BookRefusedException(null, reason, "refused in English", null);
        };
    }

    @Test
    void theFieldsMakeTheAddressAndATypedPasswordGoesOnlyToTheOpening() {
        TeamBookViewModel model = model(refusing(BookRefusedException.Reason.LOGIN_REFUSED), new InPlaceTaskRunner(),
                List.of());
        assertThat(model.userProperty().get()).as("the system's user by default").isEqualTo("ana");
        assertThat(model.portProperty().get()).isEqualTo("5432");
        model.hostProperty().set(" db.example.org ");
        model.portProperty().set("6543");
        model.databaseProperty().set("podium");
        model.parametersProperty().set("sslmode=require");
        model.passwordProperty().set("s3cret");

        model.open();

        assertThat(tried).singleElement().extracting(TeamBookAddress::text)
                .isEqualTo("postgresql://ana@db.example.org:6543/podium?sslmode=require");
        assertThat(passwords).containsExactly(Optional.of("s3cret"));
        assertThat(model.errorProperty().get()).isEqualTo("The server db.example.org:6543 refused the user ana: check"
                + " the user and the password, typed here or in ~/.pgpass.");
        assertThat(model.openingProperty().get()).isFalse();
        assertThat(model.recent()).as("only a book that opened is remembered").isEmpty();
    }

    @Test
    void aWholeAddressTypedAsTheServerFillsEveryField() {
        TeamBookViewModel model = model(refusing(BookRefusedException.Reason.NO_DATABASE), new InPlaceTaskRunner(),
                List.of());
        model.hostProperty().set("postgresql://bea@db.example.org/team?currentSchema=autumn");

        model.open();

        assertThat(model.hostProperty().get()).isEqualTo("db.example.org");
        assertThat(model.userProperty().get()).isEqualTo("bea");
        assertThat(model.databaseProperty().get()).isEqualTo("team");
        assertThat(model.parametersProperty().get()).isEqualTo("currentSchema=autumn");
        assertThat(passwords).containsExactly(Optional.empty());
        assertThat(model.errorProperty().get()).isEqualTo("There is no database team on the server"
                + " db.example.org:5432: ask its administrator to create it (an empty database becomes a team book).");
    }

    @Test
    void missingFieldsABadPortAndAPasswordAmongTheOptionsAreToldBeforeAnyTry() {
        TeamBookViewModel model = model(refusing(BookRefusedException.Reason.OTHER), new InPlaceTaskRunner(), List.of());
        model.open();
        assertThat(model.errorProperty().get()).isEqualTo("Fill in the server, the database and the user.");

        model.hostProperty().set("db.example.org");
        model.databaseProperty().set("podium");
        model.portProperty().set("54321x");
        model.open();
        assertThat(model.errorProperty().get()).isEqualTo("The port “54321x” is not a number from 1 to 65535.");

        model.portProperty().set("5432");
        model.parametersProperty().set("password=s3cret");
        model.open();
        assertThat(model.errorProperty().get()).startsWith("The option “password=s3cret” is not name=value");
        assertThat(tried).isEmpty();
    }

    @Test
    void theFieldsStartAsAPostgreSqlClientWouldLastBookElseTheEnvironmentElseLocalhost() {
        TeamBookViewModel bare = model(refusing(BookRefusedException.Reason.OTHER), new InPlaceTaskRunner(), List.of());
        bare.fillIn(Map.of());
        assertThat(List.of(bare.hostProperty().get(), bare.portProperty().get(), bare.userProperty().get(),
                bare.databaseProperty().get())).containsExactly("localhost", "5432", "ana", "");
        assertThat(bare.missing()).as("the typing starts at the database").contains(TeamBookViewModel.Field.DATABASE);

        TeamBookViewModel fromEnv = model(refusing(BookRefusedException.Reason.OTHER), new InPlaceTaskRunner(),
                List.of());
        fromEnv.fillIn(Map.of("PGHOST", "db.example.org,db2.example.org", "PGPORT", "6543", "PGUSER", "bea",
                "PGDATABASE", "podium"));
        assertThat(List.of(fromEnv.hostProperty().get(), fromEnv.portProperty().get(), fromEnv.userProperty().get(),
                fromEnv.databaseProperty().get())).containsExactly("db.example.org", "6543", "bea", "podium");
        assertThat(fromEnv.missing()).isEmpty();

        TeamBookViewModel socket = model(refusing(BookRefusedException.Reason.OTHER), new InPlaceTaskRunner(),
                List.of());
        socket.fillIn(Map.of("PGHOST", "/var/run/postgresql", "PGPORT", "not a port"));
        assertThat(socket.hostProperty().get()).as("a socket's folder is no address").isEqualTo("localhost");
        assertThat(socket.portProperty().get()).isEqualTo("5432");

        TeamBookViewModel again = model(refusing(BookRefusedException.Reason.OTHER), new InPlaceTaskRunner(),
                List.of("postgresql://cleo@team.example.org:5433/events", "postgresql://ana@old.example.org/old"));
        again.fillIn(Map.of("PGHOST", "db.example.org"));
        assertThat(List.of(again.hostProperty().get(), again.portProperty().get(), again.userProperty().get(),
                again.databaseProperty().get())).containsExactly("team.example.org", "5433", "cleo", "events");
    }

    @Test
    void eachRefusalPointsAtWhatToCorrectNeverAtCancel() {
        TeamBookViewModel model = model(refusing(BookRefusedException.Reason.LOGIN_REFUSED), new InPlaceTaskRunner(),
                List.of());
        model.fillIn(Map.of());
        model.open();
        assertThat(model.faultProperty().get()).isEqualTo(TeamBookViewModel.Field.DATABASE);

        model.databaseProperty().set("podium");
        model.portProperty().set("54321x");
        model.open();
        assertThat(model.faultProperty().get()).isEqualTo(TeamBookViewModel.Field.PORT);

        model.portProperty().set("5432");
        model.parametersProperty().set("password=s3cret");
        model.open();
        assertThat(model.faultProperty().get()).isEqualTo(TeamBookViewModel.Field.PARAMETERS);

        model.parametersProperty().set("");
        model.open();
        assertThat(model.faultProperty().get()).as("a refused login").isEqualTo(TeamBookViewModel.Field.PASSWORD);

        Map<BookRefusedException.Reason, TeamBookViewModel.Field> expected = Map.of(
                BookRefusedException.Reason.UNREACHABLE, TeamBookViewModel.Field.HOST,
                BookRefusedException.Reason.NO_DATABASE, TeamBookViewModel.Field.DATABASE,
                BookRefusedException.Reason.BUSY, TeamBookViewModel.Field.OPEN);
        expected.forEach((reason, field) -> assertThat(TeamBookViewModel.faultOf(new BookRefusedException(null, reason,
                "x", null))).as(reason.name()).isEqualTo(field));
        assertThat(TeamBookViewModel.faultOf(new IllegalStateException("else"))).isEqualTo(TeamBookViewModel.Field.OPEN);
    }

    @Test
    void eachRefusalIsOneSentenceInTheUsersLanguage() {
        TeamBookAddress address = TeamBookAddress.of("ana", "db.example.org", 5432, "podium", Map.of());
        assertThat(TeamBookViewModel.describe(new BookRefusedException(null, BookRefusedException.Reason.NEWER, "x",
                null), address)).isEqualTo("The team book podium was written by a newer Podium: update Podium to open"
                + " it; nothing was changed.");
        assertThat(TeamBookViewModel.describe(new BookRefusedException(null, BookRefusedException.Reason.FOREIGN, "x",
                null), address)).startsWith("The database podium holds tables that are not a Podium team book");
        assertThat(TeamBookViewModel.describe(new IllegalStateException("Something else entirely"), address))
                .isEqualTo("Something else entirely");
        BookRefusedException busy = new BookRefusedException(null, BookRefusedException.Reason.BUSY, "x", null);
        assertThat(TeamBookViewModel.describe(busy, address)).isEqualTo("The PostgreSQL server db.example.org on port"
                + " 5432 is busy and takes no more connections now: try again in a moment, or ask its administrator if"
                + " it lasts.");
        Messages.use(Locale.ITALIAN);
        assertThat(TeamBookViewModel.describe(busy, address)).isEqualTo("Il server PostgreSQL db.example.org sulla"
                + " porta 5432 è occupato e per ora non accetta altre connessioni: riprova fra poco o, se continua,"
                + " chiedi al suo amministratore.");
        assertThat(TeamBookViewModel.describe(new BookRefusedException(null, BookRefusedException.Reason.UNREACHABLE,
                "x", null), address)).isEqualTo("Impossibile raggiungere il server PostgreSQL db.example.org sulla"
                + " porta 5432: controlla server e porta, e che sia in funzione.");
    }

    @Test
    void anUnreachableServerIsNamedByHostAndPortAndTheDialogStaysOpen() throws IOException {
        int port = TestPostgres.unusedPort();
        TeamBookViewModel model = model((address, password) -> Composition.openTeamBook(address.address(), password,
                Clock.systemUTC()), new InPlaceTaskRunner(), List.of());
        model.use("postgresql://ana@localhost:" + port + "/podium");

        model.open();

        assertThat(model.errorProperty().get()).isEqualTo("Cannot reach the PostgreSQL server localhost on port "
                + port + ": check the server and the port, and that it is running.");
        assertThat(model.doneProperty().get()).isFalse();
        assertThat(opened).isEmpty();
    }

    @Test
    void aTeamBookThatOpensIsHandedOnAndGoesFirstInTheRecentList() {
        TeamAddress address = TestPostgres.newDatabase();
        TeamBookViewModel model = model((a, password) -> Composition.openTeamBook(a.address(), password,
                Clock.systemUTC()), new InPlaceTaskRunner(), List.of("postgresql://bea@db.example.org:5432/team",
                address.text()));
        model.recent().stream().filter(a -> a.equals(address.text())).findFirst().ifPresent(model::use);

        model.open();

        assertThat(opened).singleElement().satisfies(book -> {
            assertThat(book.onServer()).isTrue();
            assertThat(book.team()).map(TeamBookAddress::text).contains(address.text());
        });
        assertThat(model.doneProperty().get()).isTrue();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.recent()).containsExactly(address.text(), "postgresql://bea@db.example.org:5432/team");
    }

    @Test
    void cancelWhileTryingGivesUpAndTheBookThatComesLaterIsClosed() {
        InPlaceTaskRunner runner = new InPlaceTaskRunner().holding();
        List<Book> late = new ArrayList<>();
        TeamBookViewModel model = model((address, password) -> {
            Book book = Composition.openBook(dir.resolve("late.db"), Clock.systemUTC());
            late.add(book);
            return book;
        }, runner, List.of());
        model.use("postgresql://ana@db.example.org/podium");
        model.open();
        assertThat(model.openingProperty().get()).isTrue();

        model.cancel();
        assertThat(model.openingProperty().get()).isFalse();
        assertThat(model.doneProperty().get()).as("the dialog closes at once").isTrue();
        runner.finishHeld();

        assertThat(opened).as("nobody wants it any more").isEmpty();
        assertThat(late).singleElement().satisfies(book ->
                assertThatThrownBy(() -> book.events().list()).as("closed").isInstanceOf(RuntimeException.class));
    }
}
