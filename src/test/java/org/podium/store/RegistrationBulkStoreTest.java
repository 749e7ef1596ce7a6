package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Event;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.store.RegistrationWriter.Incoming;

class RegistrationBulkStoreTest {
    private static final Instant T1 = Instant.parse("2026-05-20T08:15:30Z");
    private static final Instant T2 = Instant.parse("2026-05-21T09:00:00Z");

    @TempDir
    Path dir;
    BookFixture book;
    RegistrationBulkStore bulk;
    Event event;

    @BeforeEach
    void open() {
        book = new BookFixture(dir);
        bulk = new RegistrationBulkStore(book.db);
        event = book.storedWebinar("European Cities on the Front Line");
    }

    @AfterEach
    void close() {
        book.close();
    }

    private Registration registration(String email, String first, String org, boolean consent, Map<String, String> answers) {
        return new Registration(0, event.id(), email, first, "", org, "", "", "", "", T1, RegistrationSource.CSV,
                RegistrationStatus.REGISTERED, 0, consent, consent ? T1 : null, consent ? "file.csv" : "", answers, "");
    }

    private Incoming incoming(long line, Registration r, boolean consentGiven) {
        return new Incoming(line, r, false, false, consentGiven);
    }

    /** Writes rows in one transaction; every conflict is a registrant the event had. */
    private RegistrationWriter write(boolean update, Incoming... rows) {
        return bulk.inTransaction(() -> {
            try (RegistrationWriter w = bulk.writer(event.id(), update, rows.length, row -> true)) {
                for (Incoming row : rows) {
                    w.add(row);
                }
                w.flush();
                return w;
            }
        }, w -> true);
    }

    @Test
    void newAddressesAreInsertedAndKnownOnesLeftAsTheyAre() {
        book.registrations.insert(registration("ana@x.org", "Ana", "Comune", false, Map.of()));

        RegistrationWriter w = write(false, incoming(2, registration(" ANA@x.org", "Anna", "Other", true, Map.of()), true),
                incoming(3, registration("bo@x.org", "Bo", "", false, Map.of()), false));

        assertThat(w.inserted()).isEqualTo(1);
        assertThat(w.unchanged()).isEqualTo(1);
        assertThat(w.updated()).isZero();
        assertThat(book.registrations.find(event.id(), "ana@x.org").orElseThrow().firstName()).isEqualTo("Ana");
        assertThat(book.registrations.find(event.id(), "bo@x.org")).isPresent();
    }

    @Test
    void updatingReplacesGivenValuesKeepsEmptyOnesMergesAnswersAndCountsOnlyRealChanges() {
        Registration stored = book.registrations.insert(registration("ana@x.org", "Ana", "Comune",
                false, Map.of("Diet", "none", "City quiz", "Milano")));

        Registration changed = new Registration(0, event.id(), "Ana@X.org", "", "Rossi", "Comune di Milano", "", "",
                "IT", "", T2, RegistrationSource.ZOOM, RegistrationStatus.CANCELLED, 0, true, T2, "zoom.csv",
                Map.of("Diet", "vegan"), "");
        RegistrationWriter w = write(true, new Incoming(5, changed, true, true, true));

        assertThat(w.updated()).isEqualTo(1);
        Registration after = book.registrations.find(event.id(), "ana@x.org").orElseThrow();
        assertThat(after).isEqualTo(new Registration(stored.id(), event.id(), "ana@x.org", "Ana", "Rossi",
                "Comune di Milano", "", "", "IT", "", T2, RegistrationSource.CSV, RegistrationStatus.CANCELLED, 0,
                true, T2, "zoom.csv", Map.of("Diet", "vegan", "City quiz", "Milano"), ""));

        RegistrationWriter again = write(true, new Incoming(5, changed, true, true, true));
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(book.registrations.find(event.id(), "ana@x.org")).contains(after);
    }

    @Test
    void anUnchangedConsentKeepsWhenAndWhereItWasGiven() {
        book.registrations.insert(registration("ana@x.org", "Ana", "", true, Map.of()));
        Registration later = new Registration(0, event.id(), "ana@x.org", "Ana", "", "", "", "", "", "", T2,
                RegistrationSource.CSV, RegistrationStatus.REGISTERED, 0, true, T2, "later.csv", Map.of(), "");

        RegistrationWriter w = write(true, new Incoming(2, later, false, false, true));

        assertThat(w.unchanged()).isEqualTo(1);
        Registration after = book.registrations.find(event.id(), "ana@x.org").orElseThrow();
        assertThat(after.consentAt()).isEqualTo(T1);
        assertThat(after.consentSource()).isEqualTo("file.csv");
    }

    @Test
    void aRowThatRepeatsAnAddressOfThisWorkIsCountedAndWritesNothing() {
        List<Long> asked = new ArrayList<>();
        RegistrationWriter w = bulk.inTransaction(() -> {
            try (RegistrationWriter writer = bulk.writer(event.id(), true, 3, row -> {
                asked.add(row.line());
                return false;
            })) {
                writer.add(incoming(2, registration("ana@x.org", "Ana", "", false, Map.of()), false));
                writer.add(incoming(3, registration("ANA@x.org", "Again", "", false, Map.of()), false));
                writer.flush();
                return writer;
            }
        }, x -> true);

        assertThat(w.inserted()).isEqualTo(1);
        assertThat(w.repeated()).isEqualTo(1);
        assertThat(asked).containsExactly(3L);
        assertThat(book.registrations.find(event.id(), "ana@x.org").orElseThrow().firstName()).isEqualTo("Ana");
    }

    @Test
    void workThatIsNotKeptOrFailsLeavesNothing() {
        long kept = bulk.inTransaction(() -> {
            try (RegistrationWriter w = bulk.writer(event.id(), false, 1, row -> true)) {
                w.add(incoming(2, registration("ana@x.org", "Ana", "", false, Map.of()), false));
                w.flush();
                return w.inserted();
            }
        }, inserted -> false);
        assertThat(kept).isEqualTo(1);
        assertThat(book.registrations.count(event.id())).isZero();

        assertThatThrownBy(() -> bulk.inTransaction(() -> {
            try (RegistrationWriter w = bulk.writer(event.id(), false, 1, row -> true)) {
                w.add(incoming(2, registration("ana@x.org", "Ana", "", false, Map.of()), false));
                w.flush();
                throw new IllegalStateException("cancelled");
            }
        }, x -> true)).hasMessage("cancelled");
        book.reopen();
        assertThat(book.registrations.count(event.id())).isZero();
    }

    @Test
    void aLargeImportRebuildsTheBookWideAddressIndexInTheSameTransaction() {
        String indexSql = "SELECT count(*) FROM sqlite_schema WHERE name='registration_by_email_key'";
        bulk.inTransaction(() -> {
            try (RegistrationWriter w = bulk.writer(event.id(), false, 1_000_000, row -> true)) {
                assertThat(book.count(indexSql)).as("dropped while writing").isZero();
                for (int i = 0; i < 5_000; i++) {
                    w.add(incoming(i + 2, registration("user" + i + "@x.org", "U", "", false, Map.of()), false));
                }
                w.flush();
            }
            return null;
        }, x -> true);
        book.reopen();

        assertThat(book.count(indexSql)).isEqualTo(1);
        assertThat(book.count("SELECT count(*) FROM registration")).isEqualTo(5_000);
        assertThat(book.count("SELECT count(*) FROM registration INDEXED BY registration_by_email_key"
                + " WHERE email_key='user4999@x.org'")).isEqualTo(1);
        Optional<String> integrity = book.db.read(c -> Sql.one(c, "PRAGMA integrity_check", rs -> rs.getString(1)));
        assertThat(integrity).contains("ok");
    }

    @Test
    void capacityWaitlistsTheRegisteredAddedPastTheFreeSeatsInOrder() {
        long before = bulk.maxId();
        for (String email : List.of("a@x.org", "b@x.org", "c@x.org", "d@x.org")) {
            book.storedRegistration(event.id(), email, email.startsWith("b") ? RegistrationStatus.ATTENDED
                    : email.startsWith("c") ? RegistrationStatus.CANCELLED : RegistrationStatus.REGISTERED);
        }

        long waitlisted = bulk.waitlistAddedAfter(event.id(), before, Set.of(RegistrationStatus.REGISTERED,
                RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW), 2);

        assertThat(waitlisted).isEqualTo(1);
        List<RegistrationStatus> statuses = new ArrayList<>();
        bulk.forEach(event.id(), Optional.empty(), r -> statuses.add(r.status()));
        assertThat(statuses).containsExactly(RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED,
                RegistrationStatus.CANCELLED, RegistrationStatus.WAITLISTED);
        assertThat(bulk.countUpTo(event.id(), before + 2, EnumSet.of(RegistrationStatus.REGISTERED,
                RegistrationStatus.ATTENDED))).isEqualTo(2);
    }

    @Test
    void readsStreamCountAndFindWithinTheEvent() {
        Event other = book.storedWebinar("Other");
        book.storedRegistration(event.id(), "a@x.org", RegistrationStatus.REGISTERED);
        book.storedRegistration(event.id(), "B@x.org", RegistrationStatus.NO_SHOW);
        book.storedRegistration(other.id(), "c@x.org", RegistrationStatus.REGISTERED);

        List<String> keys = new ArrayList<>();
        bulk.forEachAddress(event.id(), keys::add);
        assertThat(keys).containsExactlyInAnyOrder("a@x.org", "b@x.org");
        assertThat(bulk.countExisting(event.id(), List.of("a@x.org", "b@x.org", "c@x.org"))).isEqualTo(2);
        assertThat(bulk.count(event.id(), EnumSet.of(RegistrationStatus.NO_SHOW))).isEqualTo(1);
        List<String> noShows = new ArrayList<>();
        bulk.forEach(event.id(), Optional.of(RegistrationStatus.NO_SHOW), r -> noShows.add(r.email()));
        assertThat(noShows).containsExactly("B@x.org");
        assertThat(bulk.find(event.id(), " b@X.org ")).isPresent();

        Registration a = bulk.find(event.id(), "a@x.org").orElseThrow();
        assertThat(bulk.markAttended(a.id(), 42)).isTrue();
        assertThat(bulk.markNoShow(event.id(), RegistrationStatus.REGISTERED)).isZero();
        assertThat(bulk.find(event.id(), "a@x.org").orElseThrow().minutesAttended()).isEqualTo(42);
    }
}
