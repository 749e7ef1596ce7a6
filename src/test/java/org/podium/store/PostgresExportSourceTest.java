package org.podium.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Event;
import org.podium.domain.RegistrantField;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.Suppression;
import org.podium.store.ExportSource.Fields;
import org.podium.store.ExportSource.Filter;
import org.podium.store.ExportSource.Tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.domain.RegistrationStatus.ATTENDED;
import static org.podium.domain.RegistrationStatus.CANCELLED;
import static org.podium.domain.RegistrationStatus.NO_SHOW;

/**
 * A team book's export read by one {@code COPY} gives the very rows, order and counts of the
 * plain path ({@link PlainExport}) on the same book, at every level of fields, for one event and
 * several, with suppression and consent, whatever the stored text.
 */
class PostgresExportSourceTest {
    private static final Set<RegistrationStatus> ACTIVE = EnumSet.of(ATTENDED, NO_SHOW);
    /** Text COPY must escape or a registration would strip: tabs, line breaks, backslashes, padding, "\N". */
    private static final String[] AWKWARD = {"Zoë", "Θεοδωρίδης", "Rossi, Jr", "tab\there", "line\nbreak",
        "cr\r\nlf", "back\\slash", "\\N", "\\", " padded ", "\u3000Ana", "Ana\u00A0", "\tTab", "=1+1", "", "\"q\"",
        "🎤 Mic", "end\\"};

    @TempDir
    Path dir;
    BookFixture book;
    Event event;
    Event other;

    @BeforeEach
    void open() {
        book = new BookFixture(dir, Engine.POSTGRESQL);
        event = book.storedWebinar("Cities and climate");
        other = book.storedWebinar("Another");
        // Addresses in no order, as people register; another event's registrations among them.
        for (int i = 0; i < 40; i++) {
            RegistrationStatus status = i % 7 == 0 ? CANCELLED : i % 3 == 0 ? NO_SHOW : ATTENDED;
            register(event, String.format("p%02d@example.org", (i * 17) % 40), AWKWARD[i % AWKWARD.length] + " " + i,
                    AWKWARD[(i * 5) % AWKWARD.length], status, i % 5 != 2);
            if (i % 4 == 1) {
                register(other, String.format("P%02d@example.org", (i * 13) % 40), "Other " + i, "Event", ATTENDED,
                        i % 8 != 1);
            }
        }
        book.suppressions.add(new Suppression("p11@example.org", "unsubscribed", BookFixture.NOW));
        book.suppressions.add(new Suppression("P21@example.org", "unsubscribed", BookFixture.NOW));
        // As another tool could leave them: padding the registration strips, around the address too.
        book.database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE registration SET email = ' ' || email || '\t',"
                    + " first_name = ?, last_name = ?, city = ?, notes = ? WHERE email_key IN ('p05@example.org',"
                    + " 'p06@example.org')")) {
                Sql.bind(ps, "\u2003Ana\\ ", "\n", " Wien\t", "a\\nb\t\\");
                ps.executeUpdate();
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        book.close();
    }

    private void register(Event e, String email, String first, String last, RegistrationStatus status, boolean consent) {
        book.registrations.insert(new Registration(0, e.id(), email, first, last, "Org\t" + last, "Job\\" + first,
                "Roma", "IT", "it", Instant.parse("2020-05-20T08:15:30.123Z"), RegistrationSource.ZOOM, status,
                first.length(), consent, consent ? BookFixture.NOW : null, consent ? "form\n" + first : "",
                Map.of("q\t1", "a\\b \"" + last + "\"", "Θέμα", "x;y"), "line 1\r\n" + last));
    }

    private SeenRows copied(Filter filter, Fields fields) {
        return SeenRows.of(new PostgresExportSource(book.database), filter, fields);
    }

    /** At every level of fields, what the plain path gives. */
    private void assertSameAsPlain(Filter filter) {
        for (Fields fields : Fields.values()) {
            SeenRows expected = SeenRows.of(new PlainExport(book.database), filter, fields);
            SeenRows seen = copied(filter, fields);
            assertThat(seen.rows()).as(fields.name()).isEqualTo(expected.rows());
            assertThat(seen.tally()).as(fields.name()).isEqualTo(expected.tally());
            assertThat(seen.registrations()).as(fields.name()).isEqualTo(expected.registrations());
        }
    }

    @Test
    void oneEventGivesThePlainRowsInTheOrderTheyWereStored() {
        Filter filter = new Filter(List.of(event.id()), ACTIVE, true);
        assertSameAsPlain(filter);
        assertSameAsPlain(new Filter(List.of(event.id()), ACTIVE, false));
        assertSameAsPlain(new Filter(List.of(event.id()), EnumSet.of(CANCELLED), false));
        assertSameAsPlain(new Filter(List.of(event.id()), EnumSet.allOf(RegistrationStatus.class), false));
        SeenRows seen = copied(filter, Fields.NAMES);
        assertThat(seen.rows()).as("the order people registered in, not the address order")
                .first().asString().startsWith("[" + event.id() + "]|p17@example.org|");
        assertThat(seen.tally()).as("each filter left some out")
                .matches(t -> t.byStatus() > 0 && t.byConsent() > 0 && t.bySuppression() == 2 && t.merged() == 0);
        assertThat(seen.tally().total()).isEqualTo(40);
    }

    @Test
    void severalEventsMergeEachAddressOnceByItsLatestRegistration() {
        for (List<Long> events : List.of(List.of(event.id(), other.id()), List.of(other.id(), event.id()))) {
            assertSameAsPlain(new Filter(events, ACTIVE, true));
            assertSameAsPlain(new Filter(events, EnumSet.allOf(RegistrationStatus.class), false));
        }
        SeenRows seen = copied(new Filter(List.of(event.id(), other.id()), ACTIVE, false), Fields.CONTACT);
        // P33 registered for both, qualifying in both: one row, by the later event's registration.
        assertThat(seen.rows()).filteredOn(r -> r.toLowerCase().contains("|p33@example.org|")).singleElement()
                .asString().startsWith("[" + event.id() + ", " + other.id() + "]|P33@example.org|Other 21|");
        assertThat(seen.rows()).extracting(r -> r.split("\\|")[1].toLowerCase()).doesNotHaveDuplicates();
        assertThat(seen.tally().merged()).isPositive();
    }

    /** Hands every row of one event's registrations, whatever their status, to {@code each} while it is valid. */
    private void eachRow(Fields fields, Consumer<ExportSource.Row> each) {
        Filter everyone = new Filter(List.of(event.id()), EnumSet.allOf(RegistrationStatus.class), false);
        new PostgresExportSource(book.database).stream(everyone, fields, new ExportSource.Rows<Void>() {
            @Override
            public void start(long registrations) {
            }

            @Override
            public ExportSource.Part<Void> part() {
                return new ExportSource.Part<>() {
                    @Override
                    public void row(ExportSource.Row row) {
                        each.accept(row);
                    }

                    @Override
                    public Void piece() {
                        return null;
                    }
                };
            }

            @Override
            public void write(Void piece, long done) {
            }
        });
    }

    @Test
    void paddedTextIsGivenAsARegistrationHoldsIt() {
        Registration stored = book.registrations.find(event.id(), "p05@example.org").orElseThrow();
        List<String> seen = new ArrayList<>();
        eachRow(Fields.EVERY, row -> {
            if (row.registration().id() == stored.id()) {
                seen.add(row.email() + "|" + row.firstName() + "|" + row.lastName() + "|" + row.contact().city() + "|"
                        + row.registration().notes());
            }
        });
        assertThat(seen).containsExactly("p05@example.org|Ana\\||Wien|a\\nb\t\\");
        assertThat(stored.notes()).isEqualTo("a\\nb\t\\");
    }

    @Test
    void textFieldsAreGivenFromTheLineItselfWithoutACopy() {
        List<String> seen = new ArrayList<>();
        eachRow(Fields.CONTACT, row -> {
            if (row.email().toString().equals("p00@example.org")) {
                byte[] line = row.field(RegistrantField.EMAIL).bytes();
                for (RegistrantField f : List.of(RegistrantField.FIRST_NAME, RegistrantField.LAST_NAME,
                        RegistrantField.CITY, RegistrantField.COUNTRY)) {
                    seen.add(f + (row.field(f).bytes() == line ? " from the line " : " copied ") + row.field(f));
                }
            }
        });
        assertThat(seen).containsExactly("FIRST_NAME from the line Zoë 0", "LAST_NAME from the line Zoë",
                "CITY from the line Roma", "COUNTRY from the line IT");
    }

    @Test
    void manyRowsArriveInSeveralPiecesWithTheirProgress() {
        book.database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO registration(event_id, email, email_key,"
                    + " first_name, last_name, registered_at, source, status, consent) SELECT ?, 'n' || i || '@example.org',"
                    + " 'n' || i || '@example.org', 'N\t' || i, 'Last', '2026-05-01T08:00:00Z', 'CSV',"
                    + " CASE WHEN i % 11 = 0 THEN 'CANCELLED' ELSE 'ATTENDED' END, (i % 7 <> 0)::int"
                    + " FROM generate_series(1, 20000) AS i")) {
                ps.setLong(1, event.id());
                ps.executeUpdate();
            }
            return null;
        });
        // Several events (a line for every registration) and one (the exported alone, the rest counted beside).
        for (Filter filter : List.of(new Filter(List.of(event.id(), other.id()), ACTIVE, true),
                new Filter(List.of(event.id()), ACTIVE, true))) {
            assertSameAsPlain(filter);
            assertProgress(filter, filter.eventIds().size() == 1 ? 20_040 : 20_050);
        }
    }

    private void assertProgress(Filter filter, long total) {
        List<Long> done = new ArrayList<>();
        long[] started = new long[1];
        Tally tally = new PostgresExportSource(book.database).stream(filter, Fields.NAMES, new ExportSource.Rows<Long>() {
            @Override
            public void start(long registrations) {
                started[0] = registrations;
            }

            @Override
            public ExportSource.Part<Long> part() {
                return new ExportSource.Part<>() {
                    @Override
                    public void row(ExportSource.Row row) {
                    }

                    @Override
                    public Long piece() {
                        return 0L;
                    }
                };
            }

            @Override
            public void write(Long piece, long registrationsDone) {
                done.add(registrationsDone);
            }
        });
        assertThat(started[0]).isEqualTo(total);
        assertThat(tally.total()).isEqualTo(total);
        assertThat(done).hasSizeGreaterThan(1).isSorted().last().isEqualTo(total);
    }
}
