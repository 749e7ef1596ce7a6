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
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.podium.domain.Event;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.store.RegistrationWriter.Incoming;

/** Runs on both kinds of book: the laptop book's batched writer and the team book's COPY keep one contract. */
@ParameterizedClass
@EnumSource(Engine.class)
class RegistrationImportStoreTest {
    private static final Instant T1 = Instant.parse("2026-05-20T08:15:30Z");
    private static final Instant T2 = Instant.parse("2026-05-21T09:00:00Z");

    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    BookFixture book;
    RegistrationImportStore bulk;
    Event event;

    @BeforeEach
    void open() {
        book = new BookFixture(dir, engine);
        bulk = new RegistrationImportStore(book.database);
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

    /** Adds and updates rows in one transaction, kept; repeats are gathered as "email line first". */
    private RegistrationWriter write(long expectedRows, List<Incoming> adds, List<Incoming> updates, List<String> repeats) {
        return bulk.inTransaction(() -> {
            try (RegistrationWriter w = bulk.writer(event.id(), expectedRows, !updates.isEmpty(),
                    (email, line, first) -> repeats.add(email + " " + line + " " + first))) {
                adds.forEach(w::add);
                updates.forEach(w::update);
                w.finish();
                return w;
            }
        }, w -> true);
    }

    @Test
    void newAddressesAreInsertedAndAKnownOneUpdatedOnlyWhenAsked() {
        book.registrations.insert(registration("ana@x.org", "Ana", "Comune", false, Map.of()));
        List<String> repeats = new ArrayList<>();

        RegistrationWriter w = write(2, List.of(incoming(3, registration("bo@x.org", "Bo", "", false, Map.of()), false)),
                List.of(incoming(2, registration(" ANA@x.org", "Anna", "Other", true, Map.of()), true)), repeats);

        assertThat(w.inserted()).isEqualTo(1);
        assertThat(w.updated()).isEqualTo(1);
        assertThat(repeats).isEmpty();
        assertThat(book.registrations.find(event.id(), "ana@x.org").orElseThrow().firstName()).isEqualTo("Anna");
        assertThat(book.registrations.find(event.id(), "bo@x.org")).isPresent();
        assertThatThrownBy(() -> bulk.inTransaction(() -> {
            try (RegistrationWriter without = bulk.writer(event.id(), 1, false, (e, l, f) -> { })) {
                without.update(incoming(2, registration("ana@x.org", "A", "", false, Map.of()), false));
                return null;
            }
        }, x -> true)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void updatingReplacesGivenValuesKeepsEmptyOnesMergesAnswersAndCountsOnlyRealChanges() {
        Registration stored = book.registrations.insert(registration("ana@x.org", "Ana", "Comune",
                false, Map.of("Diet", "none", "City quiz", "Milano")));

        Registration changed = new Registration(0, event.id(), "Ana@X.org", "", "Rossi", "Comune di Milano", "", "",
                "IT", "", T2, RegistrationSource.ZOOM, RegistrationStatus.CANCELLED, 0, true, T2, "zoom.csv",
                Map.of("Diet", "vegan"), "");
        RegistrationWriter w = write(1, List.of(), List.of(new Incoming(5, changed, true, true, true)), new ArrayList<>());

        assertThat(w.updated()).isEqualTo(1);
        Registration after = book.registrations.find(event.id(), "ana@x.org").orElseThrow();
        assertThat(after).isEqualTo(new Registration(stored.id(), event.id(), "ana@x.org", "Ana", "Rossi",
                "Comune di Milano", "", "", "IT", "", T2, RegistrationSource.CSV, RegistrationStatus.CANCELLED, 0,
                true, T2, "zoom.csv", Map.of("Diet", "vegan", "City quiz", "Milano"), ""));

        RegistrationWriter again = write(1, List.of(), List.of(new Incoming(5, changed, true, true, true)),
                new ArrayList<>());
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(book.registrations.find(event.id(), "ana@x.org")).contains(after);
    }

    @Test
    void anUnchangedConsentKeepsWhenAndWhereItWasGiven() {
        book.registrations.insert(registration("ana@x.org", "Ana", "", true, Map.of()));
        Registration later = new Registration(0, event.id(), "ana@x.org", "Ana", "", "", "", "", "", "", T2,
                RegistrationSource.CSV, RegistrationStatus.REGISTERED, 0, true, T2, "later.csv", Map.of(), "");

        RegistrationWriter w = write(1, List.of(), List.of(new Incoming(2, later, false, false, true)), new ArrayList<>());

        assertThat(w.unchanged()).isEqualTo(1);
        Registration after = book.registrations.find(event.id(), "ana@x.org").orElseThrow();
        assertThat(after.consentAt()).isEqualTo(T1);
        assertThat(after.consentSource()).isEqualTo("file.csv");
    }

    @Test
    void everyFieldAndAnAccentedAddressRoundTripsThroughTheLeanInsert() {
        Registration full = new Registration(0, event.id(), "Zoë.Dubois@Paris.fr", "Zoë", "Dubois", "Ville", "Maire",
                "Paris", "FR", "fr", T1, RegistrationSource.EVENTBRITE, RegistrationStatus.WAITLISTED, 7, true, T2,
                "form", Map.of("Q", "A"), "note");
        Registration consentAtRegistration = registration("b@x.org", "", "", true, Map.of());
        write(2, List.of(incoming(2, full, true), incoming(3, consentAtRegistration, true)), List.of(), new ArrayList<>());

        Registration stored = book.registrations.find(event.id(), "zoë.dubois@paris.fr").orElseThrow();
        assertThat(stored).isEqualTo(new Registration(stored.id(), event.id(), "Zoë.Dubois@Paris.fr", "Zoë", "Dubois",
                "Ville", "Maire", "Paris", "FR", "fr", T1, RegistrationSource.EVENTBRITE, RegistrationStatus.WAITLISTED,
                7, true, T2, "form", Map.of("Q", "A"), "note"));
        assertThat(book.count("SELECT count(*) FROM registration WHERE email_key='zoë.dubois@paris.fr'")).isEqualTo(1);
        Registration b = book.registrations.find(event.id(), "b@x.org").orElseThrow();
        assertThat(b.consentAt()).isEqualTo(T1);
        assertThat(b.consentSource()).isEqualTo("file.csv");
        assertThat(b.customAnswers()).isEmpty();
    }

    @Test
    void aNewAddressGivenTwiceIsWrittenOnceAndTheRepeatReported() {
        List<String> repeats = new ArrayList<>();
        RegistrationWriter w = write(2, List.of(incoming(2, registration("ana@x.org", "Ana", "", false, Map.of()), false),
                incoming(3, registration("ANA@x.org", "Again", "", false, Map.of()), false)), List.of(), repeats);

        assertThat(w.inserted()).isEqualTo(1);
        assertThat(w.repeated()).isEqualTo(1);
        // The laptop book's statement a row cannot tell which row it repeats; the team book's COPY can.
        assertThat(repeats).containsExactly("ANA@x.org 3 " + (engine == Engine.SQLITE ? -1 : 2));
        assertThat(book.registrations.find(event.id(), "ana@x.org").orElseThrow().firstName()).isEqualTo("Ana");
    }

    @Test
    void workThatIsNotKeptOrFailsLeavesNothing() {
        long kept = bulk.inTransaction(() -> {
            try (RegistrationWriter w = bulk.writer(event.id(), 1, false, (e, l, f) -> { })) {
                w.add(incoming(2, registration("ana@x.org", "Ana", "", false, Map.of()), false));
                w.finish();
                return w.inserted();
            }
        }, inserted -> false);
        assertThat(kept).isEqualTo(1);
        assertThat(book.registrations.count(event.id())).isZero();

        assertThatThrownBy(() -> bulk.inTransaction(() -> {
            try (RegistrationWriter w = bulk.writer(event.id(), 1_000_000, false, (e, l, f) -> { })) {
                w.add(incoming(2, registration("ana@x.org", "Ana", "", false, Map.of()), false));
                w.flush();
                w.abandon();
                throw new IllegalStateException("cancelled");
            }
        }, x -> true)).hasMessage("cancelled");
        book.reopen();
        assertThat(book.registrations.count(event.id())).isZero();
        if (engine == Engine.SQLITE) {
            assertThat(book.count("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'registration_by_%'"))
                    .as("the rollback brought the dropped index back").isEqualTo(1);
        }
    }

    @Test
    void aLargeImportRebuildsTheIndexAndLeavesOutRepeatsNamingTheirLines() {
        String indexes = "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'registration_by_%'";
        book.storedRegistration(event.id(), "before@x.org", RegistrationStatus.REGISTERED);
        List<String> repeats = new ArrayList<>();
        RegistrationWriter result = bulk.inTransaction(() -> {
            try (RegistrationWriter w = bulk.writer(event.id(), 1_000_000, false,
                    (email, line, first) -> repeats.add(email + " " + line + " " + first))) {
                if (engine == Engine.SQLITE) {
                    assertThat(book.count(indexes)).as("dropped while writing").isZero();
                }
                for (int i = 0; i < 5_000; i++) {
                    w.add(incoming(i + 2, registration("user" + i + "@x.org", "U", "", false, Map.of()), false));
                }
                w.add(incoming(9_000, registration("USER7@x.org", "Again", "", false, Map.of()), false));
                w.add(incoming(9_001, registration("user7@x.org ", "Thrice", "", false, Map.of()), false));
                w.finish();
                return w;
            }
        }, x -> true);
        book.reopen();

        assertThat(result.inserted()).isEqualTo(5_000);
        assertThat(result.repeated()).isEqualTo(2);
        assertThat(repeats).containsExactly("USER7@x.org 9000 9", "user7@x.org 9001 9");
        assertThat(book.count("SELECT count(*) FROM registration")).isEqualTo(5_001);
        assertThat(book.registrations.find(event.id(), "user7@x.org").orElseThrow().firstName()).isEqualTo("U");
        assertThat(book.count("SELECT count(*) FROM registration WHERE email_key='user4999@x.org'"
                + " AND id > (SELECT id FROM registration WHERE email_key='user4998@x.org')"))
                .as("new rows take ids in the order of their lines").isEqualTo(1);
        if (engine == Engine.POSTGRESQL) {
            return;
        }
        assertThat(book.count(indexes)).isEqualTo(1);
        assertThat(book.count("SELECT count(*) FROM registration INDEXED BY registration_by_email"
                + " WHERE event_id=" + event.id() + " AND email_key='user4999@x.org'")).isEqualTo(1);
        Optional<String> integrity = book.db.read(c -> Sql.one(c, "PRAGMA integrity_check", rs -> rs.getString(1)));
        assertThat(integrity).contains("ok");
    }

    @Test
    void namesInEveryScriptAndCharactersBeyondTheBasicPlaneComeBackAsTheyWere() {
        Registration r = new Registration(0, event.id(), "zoë.张@例え.jp", "Zoë 😀", "张伟", "محمد للتجارة", "Ωμέγα",
                "Київ", "", "", T1, RegistrationSource.CSV, RegistrationStatus.REGISTERED, 0, false, null, "",
                Map.of("𝔉𝔯𝔞𝔤𝔢", "Антwort 🎤"), "ﬁ ligature, é and é");
        write(1, List.of(incoming(2, r, false)), List.of(), new ArrayList<>());

        Registration stored = book.registrations.find(event.id(), "zoë.张@例え.jp").orElseThrow();
        assertThat(stored).isEqualTo(new Registration(stored.id(), event.id(), "zoë.张@例え.jp", "Zoë 😀", "张伟",
                "محمد للتجارة", "Ωμέγα", "Київ", "", "", T1, RegistrationSource.CSV, RegistrationStatus.REGISTERED, 0,
                false, null, "", Map.of("𝔉𝔯𝔞𝔤𝔢", "Антwort 🎤"), "ﬁ ligature, é and é"));
    }

    @Test
    void textThatCsvMustQuoteAndWholeRegistrantsComeBackAsTheyWere() {
        Registration odd = new Registration(0, event.id(), "odd@x.org", "Anna, \"Nan\"", "O\\Neil", "Line\nbreak\r\n",
                "\\.", "", "", "", T1, RegistrationSource.CSV, RegistrationStatus.REGISTERED, 0, false, null, "",
                Map.of("Why, \"really\"?", "Because\nof,this"), " ");
        write(1, List.of(incoming(2, odd, false)), List.of(), new ArrayList<>());
        Registration stored = book.registrations.find(event.id(), "odd@x.org").orElseThrow();
        assertThat(stored).isEqualTo(new Registration(stored.id(), event.id(), "odd@x.org", "Anna, \"Nan\"", "O\\Neil",
                "Line\nbreak\r\n", "\\.", "", "", "", T1, RegistrationSource.CSV, RegistrationStatus.REGISTERED, 0,
                false, null, "", Map.of("Why, \"really\"?", "Because\nof,this"), " "));

        Registration whole = new Registration(0, event.id(), "ODD@x.org", "", "", "", "", "", "", "", T2,
                RegistrationSource.ZOOM, RegistrationStatus.ATTENDED, 30, true, T2, "zoom", Map.of(), "");
        RegistrationWriter w = write(1, List.of(), List.of(Incoming.whole(3, whole)), new ArrayList<>());
        assertThat(w.updated()).isEqualTo(1);
        assertThat(book.registrations.find(event.id(), "odd@x.org").orElseThrow()).isEqualTo(new Registration(
                stored.id(), event.id(), "ODD@x.org", "", "", "", "", "", "", "", T2, RegistrationSource.ZOOM,
                RegistrationStatus.ATTENDED, 30, true, T2, "zoom", Map.of(), ""));
        assertThat(write(1, List.of(), List.of(Incoming.whole(3, whole)), new ArrayList<>()).unchanged()).isEqualTo(1);
        assertThat(book.count("SELECT version FROM registration WHERE email_key='odd@x.org'")).isEqualTo(2);
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
