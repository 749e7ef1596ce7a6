package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Event;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.store.RegistrationWriter.Incoming;

/** Rows written many to a statement (bulk mode) are stored exactly as rows written one by one. */
class RegistrationInsertTest {
    private static final Instant T1 = Instant.parse("2026-05-20T08:15:30Z");
    private static final Instant T2 = Instant.parse("2026-05-21T09:00:00.250Z");

    @TempDir
    Path dir;
    BookFixture book;
    RegistrationImportStore bulk;

    @BeforeEach
    void open() {
        book = new BookFixture(dir);
        bulk = new RegistrationImportStore(book.db);
    }

    @AfterEach
    void close() {
        book.close();
    }

    /**
     * Every optional value in turn, so each row of a statement binds a different mix; the rarely
     * given ones only in every other group of rows and the rows after the last group, so both
     * kinds of statement are written, one after the other.
     */
    private static Registration varied(long eventId, int i) {
        RegistrationSource[] sources = RegistrationSource.values();
        RegistrationStatus[] statuses = RegistrationStatus.values();
        boolean rare = (i / RegistrationInsert.ROWS_PER_STATEMENT) % 2 == 1 || i >= RegistrationInsert.ROWS_PER_STATEMENT * 4;
        Instant registeredAt = i % 9 == 0 ? T2 : T1;
        Instant consentAt = i % 4 == 0 ? null : rare && i % 4 == 1 ? T1.plusSeconds(60) : registeredAt;
        String consentSource = consentAt == null ? "" : rare && i % 5 == 0 ? "Zoom export 'b'.csv" : "CSV file a.csv";
        String email = (i % 7 == 0 ? "Ünïcode" : "Person") + i + "@Example.org";
        return new Registration(0, eventId, email, i % 2 == 0 ? "Anna" : "", i % 3 == 0 ? "" : "Rossi",
                i % 5 == 0 ? "Comune di Milano, Ufficio" : "", i % 6 == 0 ? "Officer" : "", i % 2 == 0 ? "Milano" : "",
                i % 3 == 0 ? "IT" : "", rare && i % 4 == 0 ? "it" : "", registeredAt, sources[i % sources.length],
                statuses[i % statuses.length], rare && i % 8 == 0 ? 42 : 0, i % 3 == 0, consentAt, consentSource,
                rare && i % 10 == 0 ? Map.of("Question", "Answer " + i) : Map.of(), rare && i % 11 == 0 ? "Note " + i : "");
    }

    private List<Registration> writeAndRead(Event event, long expectedRows, int rows) {
        bulk.inTransaction(() -> {
            try (RegistrationWriter w = bulk.writer(event.id(), expectedRows, false, (e, l, f) -> { })) {
                for (int i = 0; i < rows; i++) {
                    w.add(new Incoming(i + 2, varied(event.id(), i), false, false, false));
                }
                w.finish();
                return w;
            }
        }, w -> true);
        List<Registration> stored = new ArrayList<>();
        bulk.forEach(event.id(), Optional.empty(), r -> stored.add(new Registration(0, 0, r.email(), r.firstName(),
                r.lastName(), r.organisation(), r.jobTitle(), r.city(), r.country(), r.language(), r.registeredAt(),
                r.source(), r.status(), r.minutesAttended(), r.consent(), r.consentAt(), r.consentSource(),
                r.customAnswers(), r.notes())));
        return stored;
    }

    @Test
    void rowsWrittenManyToAStatementAreStoredAsRowsWrittenOneByOne() {
        int rows = RegistrationInsert.ROWS_PER_STATEMENT * 4 + 7;
        List<Registration> oneByOne = writeAndRead(book.storedWebinar("One by one"), 1, rows);
        List<Registration> many = writeAndRead(book.storedWebinar("Many at once"), 1_000_000, rows);

        assertThat(many).hasSize(rows).isEqualTo(oneByOne);
        assertThat(many.get(0).email()).isEqualTo("Ünïcode0@Example.org");
        assertThat(many.stream().filter(r -> !r.notes().isEmpty() || !r.language().isEmpty())).isNotEmpty();
        assertThat(book.registrations.find(2, "ünïcode7@example.org")).isPresent();
        assertThat(book.registrations.find(2, "person1@example.org")).isPresent();
    }
}
