package org.podium.service.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.podium.domain.Series;
import org.podium.store.ConnectionLostException;
import org.podium.store.CuttableLine;
import org.podium.store.PostgresBook;
import org.podium.store.SeriesStore;
import org.podium.store.TeamAddress;
import org.podium.store.TestPostgres;

/** A team book's window hears of other coordinators' saves, and of its server going away and coming back. */
class BookChangesTest {
    /** What the watching told, in order. */
    static final class Heard implements BookChanges.Listener {
        final List<String> news = new CopyOnWriteArrayList<>();

        @Override
        public void changed() {
            news.add("changed");
        }

        @Override
        public void lost(String server) {
            news.add("lost " + server);
        }

        @Override
        public void busy(String server) {
            news.add("busy " + server);
        }

        @Override
        public void back() {
            news.add("back");
        }

        @Override
        public void failed(RuntimeException failure) {
            news.add("failed " + failure.getMessage());
        }
    }

    @Test
    void anotherCoordinatorsSaveIsAChange() {
        TeamAddress address = TestPostgres.newDatabase();
        Heard heard = new Heard();
        try (PostgresBook mine = PostgresBook.open(address, null); PostgresBook other = PostgresBook.open(address, null);
             BookChanges changes = new BookChanges(mine)) {
            assertThat(changes.look(heard)).isEqualTo(BookChanges.EVERY);
            assertThat(heard.news).as("the first look starts the watch").isEmpty();

            new SeriesStore(other).insert(new Series(0, "ADMin4ALL", "", "", ""));
            TestPostgres.until(() -> {
                changes.look(heard);
                return !heard.news.isEmpty();
            });
            assertThat(heard.news).containsExactly("changed");
        }
    }

    @Test
    void aKilledConnectionIsLostOnceThenBackWithAReload() {
        TeamAddress address = TestPostgres.newDatabase();
        Heard heard = new Heard();
        try (PostgresBook mine = PostgresBook.open(address, null); BookChanges changes = new BookChanges(mine)) {
            changes.look(heard);
            TestPostgres.killWatches();

            assertThat(changes.look(heard)).as("tried again a little later").isEqualTo(BookChanges.RETRY);
            assertThat(heard.news).containsExactly("lost " + address.server());

            assertThat(changes.look(heard)).isEqualTo(BookChanges.EVERY);
            assertThat(heard.news).containsExactly("lost " + address.server(), "back", "changed");
        }
    }

    @Test
    void aServerThatTakesNoMoreConnectionsIsBusyAndTriedAgainNotTheEndOfTheWatching() {
        TeamAddress address = TestPostgres.editorOfNewBook("busy", "");
        Heard heard = new Heard();
        try (PostgresBook mine = PostgresBook.open(address, null); BookChanges changes = new BookChanges(mine)) {
            changes.look(heard);
            // As a server at max_connections answers: 53300, too many clients.
            TestPostgres.superuser("ALTER ROLE " + address.user() + " CONNECTION LIMIT 0");
            TestPostgres.killWatches();

            assertThat(changes.look(heard)).as("its own line cut: lost").isEqualTo(BookChanges.RETRY);
            assertThat(changes.look(heard)).as("a new one refused: busy, tried again").isEqualTo(BookChanges.RETRY);
            assertThat(changes.look(heard)).isEqualTo(BookChanges.RETRY);
            assertThat(heard.news).as("each said once").containsExactly("lost " + address.server(),
                    "busy " + address.server());

            TestPostgres.superuser("ALTER ROLE " + address.user() + " CONNECTION LIMIT -1");
            assertThat(changes.look(heard)).isEqualTo(BookChanges.EVERY);
            assertThat(heard.news).containsExactly("lost " + address.server(), "busy " + address.server(), "back",
                    "changed");
        }
    }

    @Test
    void startingLooksOnItsOwnThreadAndHearsAnotherSave() {
        TeamAddress address = TestPostgres.newDatabase();
        Heard heard = new Heard();
        try (PostgresBook mine = PostgresBook.open(address, null); PostgresBook other = PostgresBook.open(address, null);
             BookChanges changes = new BookChanges(mine)) {
            changes.start(heard);
            // The first look, on the watching thread, starts the watch; saves after it are news.
            TestPostgres.until(() -> {
                new SeriesStore(other).insert(new Series(0, "S" + System.nanoTime(), "", "", ""));
                return heard.news.contains("changed");
            });
        }
    }

    @Test
    void aCutLineStaysLostAndASaveMeanwhileFailsSayingSoThenTheLineIsBack() {
        Heard heard = new Heard();
        try (CuttableLine line = new CuttableLine()) {
            TeamAddress address = line.address(TestPostgres.newDatabase());
            try (PostgresBook mine = PostgresBook.open(address, null); BookChanges changes = new BookChanges(mine)) {
                changes.look(heard);
                line.cut();

                assertThat(changes.look(heard)).isEqualTo(BookChanges.RETRY);
                assertThat(changes.look(heard)).as("still away").isEqualTo(BookChanges.RETRY);
                assertThat(heard.news).as("said once").containsExactly("lost " + address.server());
                assertThatThrownBy(() -> new SeriesStore(mine).insert(new Series(0, "while away", "", "", "")))
                        .isInstanceOf(ConnectionLostException.class)
                        .hasMessageContaining("Lost the connection to the PostgreSQL server at " + address.server())
                        .hasMessageContaining("nothing was changed");

                line.mend();
                assertThat(changes.look(heard)).isEqualTo(BookChanges.EVERY);
                assertThat(heard.news).containsExactly("lost " + address.server(), "back", "changed");
                assertThat(new SeriesStore(mine).insert(new Series(0, "once back", "", "", "")).id()).isPositive();
            }
        }
    }
}
