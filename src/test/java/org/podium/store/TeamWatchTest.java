package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Series;

/** A team book is live: other coordinators' saves reach a window's watch, its own and other books' do not. */
class TeamWatchTest {
    @TempDir
    Path dir;

    private static void addSeries(BookDatabase book, String name) {
        new SeriesStore(book).insert(new Series(0, name, "", "", ""));
    }

    @Test
    void anotherBooksSaveIsSeenOnce() {
        TeamAddress address = TestPostgres.newDatabase();
        try (PostgresBook mine = PostgresBook.open(address, null); PostgresBook other = PostgresBook.open(address, null);
             ChangeWatch watch = mine.watch()) {
            assertThat(watch).isInstanceOf(TeamWatch.class);
            assertThat(watch.changedElsewhere()).as("nothing happened").isFalse();

            addSeries(other, "ADMin4ALL");
            TestPostgres.until(watch::changedElsewhere);
            assertThat(watch.changedElsewhere()).as("reported once").isFalse();
        }
    }

    @Test
    void theBooksOwnSavesAndOtherSchemasSavesAreHeardButNotNews() {
        TeamAddress address = TestPostgres.newDatabase();
        try (PostgresBook mine = PostgresBook.open(address, null);
             PostgresBook elsewhere = PostgresBook.open(TestPostgres.newDatabase(), null);
             TeamWatch watch = (TeamWatch) mine.watch()) {
            addSeries(mine, "own");
            TestPostgres.until(() -> {
                assertThat(watch.changedElsewhere()).as("the book's own save").isFalse();
                return watch.heard() >= 1;
            });

            addSeries(elsewhere, "another book");
            TestPostgres.until(() -> {
                assertThat(watch.changedElsewhere()).as("another schema's save").isFalse();
                return watch.heard() >= 2;
            });
        }
    }

    @Test
    void everyTableOfTheBookNotifiesOncePerStatement() {
        try (PostgresBook team = PostgresBook.open(TestPostgres.newDatabase(), null)) {
            List<String> silent = team.read(c -> Sql.list(c, "SELECT t.table_name FROM information_schema.tables t"
                    + " WHERE t.table_schema = current_schema() AND t.table_name <> 'podium_schema'"
                    + " AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = to_regclass(t.table_name)"
                    + " AND g.tgname = t.table_name || '_notify' AND (g.tgtype & 1) = 0)", rs -> rs.getString(1)));
            assertThat(silent).as("tables without a statement-level notify trigger").isEmpty();
        }
    }

    @Test
    void aKilledConnectionIsLostThenListensAgainAndReportsAChange() throws Exception {
        TeamAddress address = TestPostgres.newDatabase();
        try (PostgresBook mine = PostgresBook.open(address, null); TeamWatch watch = (TeamWatch) mine.watch()) {
            assertThat(watch.changedElsewhere()).isFalse();
            TestPostgres.superuser("SELECT pg_terminate_backend(" + watch.pid() + ")");

            assertThatThrownBy(watch::changedElsewhere).isInstanceOf(ConnectionLostException.class)
                    .hasMessageContaining("is lost").hasMessageContaining(address.toString());
            assertThat(watch.changedElsewhere()).as("anything may have changed while it was lost").isTrue();

            PostgresBook other = PostgresBook.open(address, null);
            try (other) {
                addSeries(other, "after");
            }
            TestPostgres.until(watch::changedElsewhere);
        }
    }

    @Test
    void aLaptopBooksWatchIsTheFilesWatch() {
        Path file = dir.resolve("book.db");
        try (Database mine = Database.open(file, Clock.systemUTC()); Database other = Database.open(file, Clock.systemUTC());
             ChangeWatch watch = mine.watch()) {
            assertThat(watch).isInstanceOf(BookWatch.class);
            addSeries(mine, "own");
            assertThat(watch.changedElsewhere()).isFalse();
            addSeries(other, "elsewhere");
            assertThat(watch.changedElsewhere()).isTrue();
        }
    }
}
