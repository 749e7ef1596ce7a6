package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.AgendaItem;
import org.podium.domain.Event;
import org.podium.domain.Organisation;
import org.podium.domain.OrganisationKind;
import org.podium.domain.Organiser;
import org.podium.domain.OrganiserRole;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;
import org.podium.domain.Series;
import org.podium.domain.Suppression;

/** A team book's laptop copy holds every row of every table, ids, versions and stamps kept. */
class LaptopCopyTest {
    @TempDir
    Path dir;
    BookFixture team;

    @BeforeEach
    void open() {
        team = new BookFixture(dir, Engine.POSTGRESQL);
    }

    @AfterEach
    void close() {
        team.close();
    }

    /** One of every kind of record, some changed since they were made, one in the trash. */
    private void fill() {
        team.database.sign("ana", Clock.fixed(Instant.parse("2026-11-20T09:30:00Z"), BookFixture.ROME));
        Series series = team.series.insert(Series.named("ADMin4ALL"));
        Organisation iom = team.organisations.insert(new Organisation(0, "IOM Regional Office", "IOM",
                OrganisationKind.ORGANISER, "Brussels", "BE"));
        Event event = team.events.insert(BookFixture.webinar("Social Innovation for Migrant Integration",
                        LocalDateTime.of(2020, 9, 24, 10, 0)).seriesId(series.id())
                .secondTitle("Innovazione Sociale per l’Integrazione dei Migranti")
                .organisers(List.of(new Organiser(iom.id(), OrganiserRole.ORGANISER))).sdgs(Set.of(10, 17)).build());
        team.events.update(event.toBuilder().platform("WebEx").build());
        team.events.moveToTrash(team.storedWebinar("Cancelled idea").id(), BookFixture.NOW);
        Person hart = team.people.insert(new Person(0, "", "Laurence", "Hart", "l.hart@example.org", "", "Director",
                iom.id(), "Brussels", "BE", "", ""));
        team.panel.insert(new PanelSeat(0, event.id(), hart.id(), SeatRole.OPENING_REMARKS, SeatState.CONFIRMED,
                0, true, true));
        team.agenda.insert(new AgendaItem(0, event.id(), 0, "Opening", 10, List.of(hart.id()), "Welcome"));
        Registration anna = team.storedRegistration(event.id(), "anna@example.org", RegistrationStatus.REGISTERED);
        team.registrations.update(new Registration(anna.id(), event.id(), anna.email(), "Anna", "Rossi", "", "",
                "Milano", "IT", "it", anna.registeredAt(), anna.source(), RegistrationStatus.ATTENDED, 55, true,
                BookFixture.NOW, "form", Map.of("question", "answer"), ""));
        team.storedRegistration(event.id(), "Émile@Example.org", RegistrationStatus.WAITLISTED);
        team.suppressions.add(new Suppression("gone@example.org", "unsubscribed", BookFixture.NOW));
        team.settings.put("sample.offered", "yes");
    }

    @Test
    void theCopyIsALaptopBookHoldingEveryRowOfEveryTableAsTheServerHoldsIt() {
        fill();
        Path file = dir.resolve("laptop.db");
        List<long[]> reports = new ArrayList<>();

        long rows = LaptopCopy.write((PostgresBook) team.database, file, (done, total) -> reports.add(
                new long[] {done, total}));

        try (Database laptop = Database.open(file, Clock.systemUTC())) {
            assertThat(laptop.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(laptop.quickCheck()).isEmpty();
            List<String> tables = laptop.read(c -> Sql.list(c, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite%' ORDER BY name", rs -> rs.getString(1)));
            long copied = 0;
            for (String table : tables) {
                List<Map<String, Object>> inCopy = rows(laptop, table);
                assertThat(inCopy).as("every kind of record is in the fixture: " + table).isNotEmpty();
                assertThat(inCopy).as(table).isEqualTo(rows(team.database, table));
                copied += inCopy.size();
            }
            assertThat(rows).isEqualTo(copied);
            assertThat(reports.get(reports.size() - 1)).containsExactly(copied, copied);
        }
    }

    @Test
    void rowsArriveInBatchesReportingRowsDoneOfTheRowsTheSnapshotHolds() {
        Event event = team.storedWebinar("Big one");
        team.database.write(c -> {
            for (int i = 0; i < 2_500; i++) {
                team.storedRegistration(event.id(), "p" + i + "@example.org", RegistrationStatus.REGISTERED);
            }
            return null;
        });
        List<Long> done = new ArrayList<>();

        LaptopCopy.write((PostgresBook) team.database, dir.resolve("laptop.db"), (d, total) -> done.add(d));

        assertThat(done).containsSubsequence(0L, 1_000L, 2_000L, 2_501L);
        try (Database laptop = Database.open(dir.resolve("laptop.db"), Clock.systemUTC())) {
            assertThat(new RegistrationStore(laptop).count(event.id())).isEqualTo(2_500);
        }
    }

    @Test
    void aSnapshotSeesTheBookAsItWasWhenItBeganWhateverIsCommittedMeanwhile() {
        team.storedWebinar("Before");
        PostgresBook server = (PostgresBook) team.database;

        List<Long> seen = server.snapshot(c -> {
            long first = Sql.count(c, "SELECT count(*) FROM event");
            team.storedWebinar("Committed by someone else meanwhile");
            return List.of(first, Sql.count(c, "SELECT count(*) FROM event"));
        });

        assertThat(seen).containsExactly(1L, 1L);
        assertThat(team.count("SELECT count(*) FROM event")).isEqualTo(2);
    }

    @Test
    void aTargetThatCannotBeWrittenIsRefusedNamingIt() {
        Path file = dir.resolve("no-such-folder").resolve("laptop.db");

        assertThatThrownBy(() -> LaptopCopy.write((PostgresBook) team.database, file, CopyProgress.NONE))
                .isInstanceOf(StoreException.class).hasMessageContaining(file.toString());
        assertThat(Files.exists(file)).isFalse();
    }

    /**
     * Every row of {@code table} as SELECT * gives it, ordered by id (or by all its columns), each
     * row its columns by name with numbers compared as numbers (the engines' drivers differ in width).
     */
    private static List<Map<String, Object>> rows(BookDatabase db, String table) {
        return db.read(c -> {
            List<String> columns = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table
                    + " LIMIT 0")) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    columns.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
                }
            }
            String order = columns.contains("id") ? "id" : String.join(", ", new TreeSet<>(columns));
            List<Map<String, Object>> rows = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table
                    + " ORDER BY " + order)) {
                while (rs.next()) {
                    Map<String, Object> row = new TreeMap<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        Object value = rs.getObject(i);
                        row.put(columns.get(i - 1), value instanceof Number n ? (Object) n.longValue() : value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }
}
