package org.podium.service.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Event;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationStatus;
import org.podium.service.common.CancelledException;
import org.podium.service.common.Progress;
import org.podium.store.Database;
import org.podium.store.EventStore;
import org.podium.store.PostgresBook;
import org.podium.store.RegistrationStore;
import org.podium.store.Stores;
import org.podium.store.TestPostgres;

/** A team book's copy for offline work, on a real PostgreSQL: written whole, or, when cancelled, not at all. */
class OfflineCopyTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneId.of("Europe/Rome"));
    private static final int REGISTRANTS = 3_500;

    @TempDir
    Path dir;
    private PostgresBook team;
    private BackupService backups;
    private Event event;

    @BeforeEach
    void open() {
        team = PostgresBook.open(TestPostgres.newDatabase(), null);
        backups = new BackupService(Stores.over(team, NOW));
        event = new EventStore(team).insert(Event.builder("Social Innovation for Migrant Integration",
                LocalDateTime.of(2027, 3, 10, 10, 0), ZoneId.of("Europe/Rome"), 60).build());
        RegistrationStore registrations = new RegistrationStore(team);
        team.write(c -> {
            for (int i = 0; i < REGISTRANTS; i++) {
                registrations.insert(new Registration(0, event.id(), "p" + i + "@example.org", "", "", "", "", "", "",
                        "", NOW.instant(), null, RegistrationStatus.REGISTERED, 0, false, null, "", null, ""));
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        team.close();
    }

    /** Cancels once the copy has reported {@code rows} rows done, counting every report it gets. */
    private static final class CancelAfter implements Progress {
        final List<Long> done = new ArrayList<>();
        private final long rows;

        CancelAfter(long rows) {
            this.rows = rows;
        }

        @Override
        public void update(long d, long total) {
            done.add(d);
        }

        @Override
        public boolean cancelled() {
            return !done.isEmpty() && done.get(done.size() - 1) >= rows;
        }
    }

    @Test
    void cancellingStopsTheCopyAtItsNextBatchAndLeavesNoFileNorAnyHalfOfOne() throws IOException {
        Path file = dir.resolve("offline.db");
        CancelAfter progress = new CancelAfter(1_000);

        assertThatThrownBy(() -> backups.backUpTo(file, progress)).isInstanceOf(CancelledException.class)
                .hasMessage("The copy for offline work was cancelled; no file was written.");

        assertThat(progress.done).as("stopped at the first batch after the cancel, not at the end")
                .containsExactly(0L, 1_000L);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no copy, no temporary file, no journal").isEmpty();
        }
    }

    @Test
    void cancellingOverAnEarlierCopyLeavesThatCopyAsItWas() throws IOException {
        Path file = dir.resolve("offline.db");
        backups.backUpTo(file);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> backups.backUpTo(file, new CancelAfter(2_000))).isInstanceOf(CancelledException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void aCancelHeardWhileTheFinishedCopyIsCheckedStillLeavesNoFile() throws IOException {
        Path file = dir.resolve("offline.db");
        List<Long> whole = new ArrayList<>();
        Progress cancelWhenAllRowsAreIn = new Progress() {
            @Override
            public void update(long done, long total) {
                if (done > 0 && done == total) {
                    whole.add(done);
                }
            }

            @Override
            public boolean cancelled() {
                // The first report of every row comes before the commit and the checks; pressed meanwhile.
                return whole.size() > 1;
            }
        };

        assertThatThrownBy(() -> backups.backUpTo(file, cancelWhenAllRowsAreIn)).isInstanceOf(CancelledException.class);

        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aCopyNobodyCancelsHoldsEveryRegistrant() {
        Path file = dir.resolve("offline.db");
        CancelAfter never = new CancelAfter(Long.MAX_VALUE);

        backups.backUpTo(file, never);

        assertThat(never.done).contains(1_000L, 2_000L, 3_000L);
        try (Database laptop = Database.open(file, NOW)) {
            assertThat(new RegistrationStore(laptop).count(event.id())).isEqualTo(REGISTRANTS);
        }
    }
}
