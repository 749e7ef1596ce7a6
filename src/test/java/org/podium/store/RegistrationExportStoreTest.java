package org.podium.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Event;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.Suppression;
import org.podium.domain.ContactFields;
import org.podium.store.ExportSource.Fields;
import org.podium.store.ExportSource.Tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.domain.RegistrationStatus.ATTENDED;
import static org.podium.domain.RegistrationStatus.CANCELLED;
import static org.podium.domain.RegistrationStatus.NO_SHOW;
import static org.podium.domain.RegistrationStatus.REGISTERED;

/** The export's read: filters counted once each, an address once across events, the fields each level promises. */
class RegistrationExportStoreTest {
    @TempDir
    Path dir;
    BookFixture book;
    RegistrationExportStore store;
    Event first;
    Event second;

    @BeforeEach
    void open() {
        book = new BookFixture(dir);
        store = new RegistrationExportStore(book.db);
        first = book.storedWebinar("European Cities on the Front Line");
        second = book.storedWebinar("Social Innovation for Migrant Integration");
    }

    @AfterEach
    void close() {
        book.close();
    }

    private void register(Event event, String email, RegistrationStatus status, boolean consent) {
        book.registrations.insert(new Registration(0, event.id(), email, "First", "Last", "Org", "Title", "City",
                "IT", "it", BookFixture.NOW, RegistrationSource.CSV, status, 30, consent,
                consent ? BookFixture.NOW : null, consent ? "form" : "", Map.of("q", "a"), "note"));
    }

    /** What a read gave: per row its events, its contact fields, and the whole registration when every field was read. */
    private record Read(long registrations, Tally tally, List<List<Long>> events, List<ContactFields> rows,
                        List<Registration> whole) {
    }

    private Read read(List<Long> events, Set<RegistrationStatus> statuses, boolean consent, Fields fields) {
        List<List<Long>> ids = new ArrayList<>();
        List<ContactFields> rows = new ArrayList<>();
        List<Registration> whole = new ArrayList<>();
        long[] registrations = new long[1];
        Tally tally = store.stream(new ExportSource.Filter(events, statuses, consent), fields,
                new ExportSource.Rows<Void>() {
                    @Override
                    public void start(long count) {
                        registrations[0] = count;
                    }

                    @Override
                    public ExportSource.Part<Void> part() {
                        return new ExportSource.Part<>() {
                            @Override
                            public void row(ExportSource.Row row) {
                                ids.add(row.eventIds());
                                rows.add(row.contact());
                                if (fields == Fields.EVERY) {
                                    whole.add(row.registration());
                                }
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
        return new Read(registrations[0], tally, ids, rows, whole);
    }

    @Test
    void eachRegistrationIsCountedOnceByTheFirstFilterThatLeavesItOut() {
        register(first, "cancelled@example.org", CANCELLED, true);
        register(first, "noconsent@example.org", ATTENDED, false);
        register(first, "suppressed@example.org", ATTENDED, true);
        register(first, "Ana@Example.org", ATTENDED, true);
        register(first, "bob@example.org", NO_SHOW, true);
        register(second, "ana@example.org", REGISTERED, true);
        book.suppressions.add(new Suppression("SUPPRESSED@example.org", "unsubscribed", BookFixture.NOW));

        Read r = read(List.of(first.id(), second.id()), EnumSet.of(REGISTERED, ATTENDED, NO_SHOW), true, Fields.NAMES);

        assertThat(r.registrations()).isEqualTo(6);
        assertThat(r.tally()).isEqualTo(new Tally(6, 1, 1, 1, 1));
        assertThat(r.tally().streamed()).isEqualTo(2);
        assertThat(r.rows()).as("in the order they were stored; Ana by her registration for the later event")
                .extracting(ContactFields::email).containsExactly("bob@example.org", "ana@example.org");
        assertThat(r.events()).containsExactly(List.of(first.id()), List.of(first.id(), second.id()));
    }

    @Test
    void withoutTheConsentFilterOnlyStatusAndSuppressionLeaveRowsOut() {
        register(first, "noconsent@example.org", ATTENDED, false);
        register(first, "suppressed@example.org", NO_SHOW, false);
        register(first, "late@example.org", NO_SHOW, true);
        book.suppressions.add(new Suppression("suppressed@example.org", "", BookFixture.NOW));

        Read r = read(List.of(first.id()), EnumSet.of(ATTENDED), false, Fields.NAMES);

        assertThat(r.tally()).isEqualTo(new Tally(3, 2, 0, 0, 0));
        assertThat(r.rows()).extracting(ContactFields::email).containsExactly("noconsent@example.org");
        assertThat(r.events()).containsExactly(List.of(first.id()));

        Read noShows = read(List.of(first.id()), EnumSet.of(NO_SHOW), false, Fields.NAMES);
        assertThat(noShows.tally()).isEqualTo(new Tally(3, 1, 0, 1, 0));
        assertThat(noShows.rows()).extracting(ContactFields::email).containsExactly("late@example.org");
    }

    @Test
    void eachLevelOfFieldsReadsWhatItPromises() {
        register(first, "ana@example.org", ATTENDED, true);

        ContactFields names = read(List.of(first.id()), EnumSet.of(ATTENDED), true, Fields.NAMES).rows().get(0);
        assertThat(names).extracting(ContactFields::email, ContactFields::firstName, ContactFields::lastName,
                ContactFields::organisation).containsExactly("ana@example.org", "First", "Last", "");

        ContactFields contact = read(List.of(first.id()), EnumSet.of(ATTENDED), true, Fields.CONTACT).rows().get(0);
        assertThat(contact).extracting(ContactFields::email, ContactFields::firstName, ContactFields::lastName,
                ContactFields::organisation, ContactFields::jobTitle, ContactFields::city, ContactFields::country)
                .containsExactly("ana@example.org", "First", "Last", "Org", "Title", "City", "IT");

        Registration full = read(List.of(first.id()), EnumSet.of(ATTENDED), true, Fields.EVERY).whole().get(0);
        assertThat(full.status()).isEqualTo(ATTENDED);
        assertThat(full.consent()).isTrue();
        assertThat(full.customAnswers()).isEqualTo(Map.of("q", "a"));
        assertThat(full.notes()).isEqualTo("note");
        assertThat(full.registeredAt()).isEqualTo(BookFixture.NOW);
        assertThat(full.consentAt()).isEqualTo(BookFixture.NOW);
        assertThat(full.source()).isEqualTo(RegistrationSource.CSV);
        assertThat(full.minutesAttended()).isEqualTo(30);
    }

    @Test
    void everyFieldReadJoinedIsWhatTheStoreReadsColumnByColumn() {
        book.registrations.insert(new Registration(0, first.id(), "ana@example.org", "Zoë \"Nina\"", "Rossi, Jr",
                "Θεσσαλονίκη", "=cmd|' /C calc'!A0", "Gdańsk", "PL", "pl", Instant.parse("2020-05-20T08:15:30.123Z"),
                RegistrationSource.ZOOM, ATTENDED, 58, true, Instant.parse("2020-05-20T08:15:31Z"), "+form",
                Map.of("emoji", "🎤\ttab", "Θέμα", "x;y"), "line 1\r\nline 2\rcr"));
        register(first, "bob@example.org", NO_SHOW, false);
        register(second, "ana@example.org", REGISTERED, true);
        register(first, "carla@example.it", ATTENDED, true);
        register(first, "dora@example.de", ATTENDED, true);
        register(first, "emil@example.de", ATTENDED, true);
        book.db.write(c -> {
            try (java.sql.Statement st = c.createStatement()) {
                // As another tool could leave them: bytes that are not UTF-8, 0xFF among them, padding, a number.
                st.execute("UPDATE registration SET last_name = CAST(x'42ff43' AS TEXT) WHERE email = 'carla@example.it'");
                st.execute("UPDATE registration SET first_name = CAST(x'41c3' AS TEXT) WHERE email = 'dora@example.de'");
                st.execute("UPDATE registration SET city = '  Wien ', job_title = 42 WHERE email = 'emil@example.de'");
            }
            return null;
        });
        Set<RegistrationStatus> all = EnumSet.allOf(RegistrationStatus.class);
        List<Registration> joined = new ArrayList<>(read(List.of(first.id()), all, false, Fields.EVERY).whole());
        joined.addAll(read(List.of(second.id()), all, false, Fields.EVERY).whole());

        List<Registration> byColumns = new ArrayList<>(book.registrations.forEvent(first.id()));
        byColumns.addAll(book.registrations.forEvent(second.id()));
        assertThat(joined).hasSize(6).containsExactlyInAnyOrderElementsOf(byColumns);
        assertThat(joined).filteredOn(r -> r.email().equals("bob@example.org")).singleElement()
                .extracting(Registration::consentAt).isNull();
        for (Fields fields : List.of(Fields.CONTACT)) {
            List<ContactFields> rows = new ArrayList<>(read(List.of(first.id()), all, false, fields).rows());
            rows.addAll(read(List.of(second.id()), all, false, fields).rows());
            assertThat(rows).as(fields.name())
                    .extracting(ContactFields::email, ContactFields::firstName, ContactFields::lastName,
                            ContactFields::organisation, ContactFields::city)
                    .containsExactlyInAnyOrderElementsOf(byColumns.stream().map(r -> org.assertj.core.groups.Tuple.tuple(
                            r.email(), r.firstName(), r.lastName(), r.organisation(), r.city())).toList());
        }
    }

    @Test
    void registrationsOfOtherEventsAreNeitherCountedNorRead() {
        register(second, "other@example.org", ATTENDED, true);
        Read r = read(List.of(first.id()), EnumSet.of(ATTENDED), true, Fields.EVERY);
        assertThat(r.tally()).isEqualTo(new Tally(0, 0, 0, 0, 0));
        assertThat(r.rows()).isEmpty();
    }

    @Test
    void manyAddressesAddedAtOnceKeepEarlierEntries() {
        Instant earlier = Instant.parse("2020-01-01T00:00:00Z");
        book.suppressions.add(new Suppression("ana@example.org", "erased", earlier));
        List<String> added = book.suppressions.addAll(List.of(
                new Suppression("ANA@example.org", "unsubscribed", BookFixture.NOW),
                new Suppression("bob@example.org", "unsubscribed", BookFixture.NOW)));
        assertThat(added).containsExactly("bob@example.org");
        assertThat(book.suppressions.find("Ana@Example.org")).contains(new Suppression("ana@example.org", "erased", earlier));
    }
}
