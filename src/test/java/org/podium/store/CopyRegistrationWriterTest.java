package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Event;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.store.RegistrationWriter.Incoming;

/** The team book's writer where it differs from the laptop book's: the keys it has seen, and the event it holds. */
class CopyRegistrationWriterTest {
    private static final Instant T1 = Instant.parse("2026-05-20T08:15:30Z");

    @TempDir
    Path dir;
    BookFixture book;
    RegistrationImportStore bulk;
    Event event;

    @BeforeEach
    void open() {
        book = new BookFixture(dir, Engine.POSTGRESQL);
        bulk = new RegistrationImportStore(book.database);
        event = book.storedWebinar("Smart Cities for Whom?");
    }

    @AfterEach
    void close() {
        book.close();
    }

    private Incoming row(long line, String email, String first) {
        return new Incoming(line, new Registration(0, event.id(), email, first, "", "", "", "", "", "", T1,
                RegistrationSource.CSV, RegistrationStatus.REGISTERED, 0, false, null, "", Map.of(), ""),
                false, false, false);
    }

    @Test
    void addressesWhoseHashesCollideAreEachAddedOnceAndEveryRepeatNamesTheLineKept() {
        List<String> repeats = new ArrayList<>();
        RegistrationWriter written = bulk.inTransaction(() -> book.database.write(c -> {
            try (CopyRegistrationWriter w = new CopyRegistrationWriter(book.database, c, event.id(), false,
                    (email, line, first) -> repeats.add(email + " " + line + " " + first), new SeenKeys(key -> 42))) {
                w.add(row(2, "ana@x.org", "Ana"));
                w.add(row(3, "bo@x.org", "Bo"));
                w.add(row(4, "ANA@x.org", "Again"));
                w.add(row(5, "cy@x.org", "Cy"));
                w.add(row(6, "bo@x.org", "Bo again"));
                w.finish();
                return w;
            }
        }), w -> true);

        assertThat(written.inserted()).isEqualTo(3);
        assertThat(written.repeated()).isEqualTo(2);
        assertThat(repeats).containsExactly("ANA@x.org 4 2", "bo@x.org 6 3");
        assertThat(book.registrations.find(event.id(), "bo@x.org").orElseThrow().firstName()).isEqualTo("Bo");
        assertThat(book.registrations.find(event.id(), "cy@x.org")).isPresent();
        assertThat(book.registrations.count(event.id())).isEqualTo(3);
    }

    @Test
    void whileAnImportHoldsTheEventNoOneElseAddsToItAndAfterwardsTheyCan() {
        try (PostgresBook colleague = PostgresBook.open(book.team(), null)) {
            RegistrationStore theirs = new RegistrationStore(colleague);
            bulk.inTransaction(() -> {
                bulk.holdEvent(event.id());
                assertThatThrownBy(() -> colleague.write(c -> {
                    RegistrationImportStore.execute(c, "SET lock_timeout = '200ms'");
                    return theirs.insert(row(2, "bo@x.org", "Bo").registration());
                })).rootCause().isInstanceOf(SQLException.class).hasMessageContaining("lock timeout");
                return true;
            }, x -> true);

            theirs.insert(row(2, "bo@x.org", "Bo").registration());
        }
        assertThat(book.registrations.find(event.id(), "bo@x.org")).isPresent();
    }
}
