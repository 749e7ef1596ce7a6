package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.domain.Series;
import org.podium.service.book.BackupService;

/** A backup is restored only when its schema is exactly the one Podium's migrations make for its version. */
class BookSchemaTest {
    @TempDir
    Path dir;

    private Path book(String name, String... extraSql) throws Exception {
        Path file = dir.resolve(name);
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            new SeriesStore(db).insert(Series.named("ADMin4ALL"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : extraSql) {
                st.execute(sql);
            }
        }
        return file;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CREATE TRIGGER forget AFTER INSERT ON registration BEGIN DELETE FROM suppression; END | a trigger 'forget'",
        "CREATE VIEW everyone AS SELECT email FROM registration | a view 'everyone'",
        "CREATE INDEX registration_by_city ON registration(city) | an index 'registration_by_city'",
        "CREATE TABLE notes (id INTEGER PRIMARY KEY) | a table 'notes'"})
    void aBackupWithAnObjectPodiumDoesNotMakeIsRefusedNamingIt(String sql, String named) throws Exception {
        Path current = book("podium.db");
        Path backup = book("backup.db", sql);
        byte[] before = Files.readAllBytes(current);

        assertThatThrownBy(() -> BookCopy.inspect(backup)).isInstanceOf(BookRefusedException.class)
                .hasMessageContaining("it holds " + named + " that Podium does not make");
        assertThatThrownBy(() -> BackupService.restore(current, backup, Clock.systemUTC()))
                .isInstanceOf(BookRefusedException.class).hasMessageContaining(named);

        assertThat(Files.readAllBytes(current)).isEqualTo(before);
        assertThat(dir.resolve("backups")).as("nothing backed up for a refused restore").doesNotExist();
    }

    @Test
    void aBackupMissingOrChangingOneOfPodiumsObjectsIsRefusedNamingIt() throws Exception {
        Path missing = book("missing.db", "DROP INDEX event_by_start");
        assertThatThrownBy(() -> BookCopy.inspect(missing)).isInstanceOf(BookRefusedException.class)
                .hasMessageContaining("it lacks an index 'event_by_start' that Podium makes");

        Path changed = book("changed.db", "DROP INDEX event_by_start", "CREATE INDEX event_by_start ON event(title)");
        assertThatThrownBy(() -> BookCopy.inspect(changed)).isInstanceOf(BookRefusedException.class)
                .hasMessageContaining("its index 'event_by_start' is not the one Podium makes");
    }

    @Test
    void aBookAsPodiumMadeItPassesWhateverItsVersionAndTheStatisticsSqliteKeeps() throws Exception {
        Path analysed = book("analysed.db", "ANALYZE");
        assertThat(BookCopy.inspect(analysed).schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);

        for (int version = 1; version <= Database.SCHEMA_VERSION; version++) {
            Path old = dir.resolve("v" + version + ".db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old)) {
                Migrations.apply(c, 0, version);
            }
            assertThat(BookCopy.inspect(old).schemaVersion()).isEqualTo(version);
        }
    }
}
