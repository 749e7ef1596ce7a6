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
import org.podium.store.RegistrationExportStore.Fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.domain.RegistrationStatus.ATTENDED;
import static org.podium.domain.RegistrationStatus.CANCELLED;
import static org.podium.domain.RegistrationStatus.NO_SHOW;
import static org.podium.domain.RegistrationStatus.REGISTERED;

/** The export's read: filters done by SQLite, counted once each, rows in address order. */
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

    private record Read(long registrations, RegistrationExportStore.Tally tally, List<String> keys,
                        List<Registration> rows) {
    }

    private Read read(List<Long> events, Set<RegistrationStatus> statuses, boolean consent, Fields fields) {
        List<String> keys = new ArrayList<>();
        List<Registration> rows = new ArrayList<>();
        long[] registrations = new long[1];
        RegistrationExportStore.Tally tally = store.read(new RegistrationExportStore.Filter(events, statuses, consent),
                fields, new RegistrationExportStore.Sink() {
                    @Override
                    public void start(long count) {
                        registrations[0] = count;
                    }

                    @Override
                    public void row(String emailKey, Registration registration) {
                        keys.add(emailKey);
                        rows.add(registration);
                    }
                });
        return new Read(registrations[0], tally, keys, rows);
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
        assertThat(r.tally()).isEqualTo(new RegistrationExportStore.Tally(6, 1, 1, 1));
        assertThat(r.tally().qualifying()).isEqualTo(3);
        assertThat(r.keys()).containsExactly("ana@example.org", "ana@example.org", "bob@example.org");
        assertThat(r.rows()).extracting(Registration::email).containsExactlyInAnyOrder("Ana@Example.org",
                "ana@example.org", "bob@example.org");
    }

    @Test
    void withoutTheConsentFilterOnlyStatusAndSuppressionLeaveRowsOut() {
        register(first, "noconsent@example.org", ATTENDED, false);
        register(first, "suppressed@example.org", NO_SHOW, false);
        register(first, "late@example.org", NO_SHOW, true);
        book.suppressions.add(new Suppression("suppressed@example.org", "", BookFixture.NOW));

        Read r = read(List.of(first.id()), EnumSet.of(ATTENDED), false, Fields.NAMES);

        assertThat(r.tally()).isEqualTo(new RegistrationExportStore.Tally(3, 2, 0, 0));
        assertThat(r.rows()).extracting(Registration::email).containsExactly("noconsent@example.org");
        assertThat(r.keys()).as("one event: no grouping key needed").containsOnlyNulls();

        Read noShows = read(List.of(first.id()), EnumSet.of(NO_SHOW), false, Fields.NAMES);
        assertThat(noShows.tally()).isEqualTo(new RegistrationExportStore.Tally(3, 1, 0, 1));
        assertThat(noShows.rows()).extracting(Registration::email).containsExactly("late@example.org");
    }

    @Test
    void eachLevelOfFieldsReadsWhatItPromises() {
        register(first, "ana@example.org", ATTENDED, true);

        Registration names = read(List.of(first.id()), EnumSet.of(ATTENDED), true, Fields.NAMES).rows().get(0);
        assertThat(names).extracting(Registration::eventId, Registration::email, Registration::firstName,
                Registration::lastName, Registration::organisation)
                .containsExactly(first.id(), "ana@example.org", "First", "Last", "");

        Registration contact = read(List.of(first.id()), EnumSet.of(ATTENDED), true, Fields.CONTACT).rows().get(0);
        assertThat(contact).extracting(Registration::eventId, Registration::email, Registration::firstName,
                Registration::lastName, Registration::organisation, Registration::jobTitle, Registration::city,
                Registration::country)
                .containsExactly(first.id(), "ana@example.org", "First", "Last", "Org", "Title", "City", "IT");

        Registration full = read(List.of(first.id()), EnumSet.of(ATTENDED), true, Fields.EVERY).rows().get(0);
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
        List<Long> both = List.of(first.id(), second.id());
        Set<RegistrationStatus> all = EnumSet.allOf(RegistrationStatus.class);
        Read joined = read(both, all, false, Fields.EVERY);

        List<Registration> byColumns = new ArrayList<>(book.registrations.forEvent(first.id()));
        byColumns.addAll(book.registrations.forEvent(second.id()));
        assertThat(joined.rows()).hasSize(6).containsExactlyInAnyOrderElementsOf(byColumns);
        assertThat(joined.keys()).isSorted().contains("ana@example.org", "carla@example.it", "dora@example.de");
        assertThat(joined.rows()).filteredOn(r -> r.email().equals("bob@example.org")).singleElement()
                .extracting(Registration::consentAt).isNull();
        for (Fields fields : List.of(Fields.NAMES, Fields.CONTACT)) {
            assertThat(read(both, all, false, fields).rows()).as(fields.name())
                    .extracting(Registration::email, Registration::firstName, Registration::lastName,
                            Registration::organisation, Registration::city)
                    .containsExactlyInAnyOrderElementsOf(byColumns.stream().map(r -> org.assertj.core.groups.Tuple.tuple(
                            r.email(), r.firstName(), r.lastName(), fields == Fields.CONTACT ? r.organisation() : "",
                            fields == Fields.CONTACT ? r.city() : "")).toList());
        }
    }

    @Test
    void registrationsOfOtherEventsAreNeitherCountedNorRead() {
        register(second, "other@example.org", ATTENDED, true);
        Read r = read(List.of(first.id()), EnumSet.of(ATTENDED), true, Fields.EVERY);
        assertThat(r.tally()).isEqualTo(new RegistrationExportStore.Tally(0, 0, 0, 0));
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
