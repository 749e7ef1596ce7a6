package org.podium.service.privacy;

import org.podium.service.Book;
import org.podium.service.book.BackupService;
import org.podium.service.events.EventSummary;
import org.podium.service.events.TrashService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.AgendaItem;
import org.podium.domain.Event;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;
import org.podium.store.AgendaStore;
import org.podium.store.PanelStore;
import org.podium.store.PersonStore;
import org.podium.store.RegistrationStore;
import org.podium.store.SuppressionStore;

/** Erasure by address across the whole book, and the subject-access export. */
class PrivacyServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final String ANA = "ana@city.example";

    @TempDir
    Path dir;
    Book book;
    Event first;
    Event second;
    Person ana;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        book.samples().loadWithoutRegistrants();
        List<Event> events = book.events().list().stream().map(EventSummary::event).toList();
        first = events.get(1);
        second = events.get(0);
        ana = new PersonStore(book.database()).insert(new Person(0, "Dr", "Ana", "Silva", "Ana@City.example",
                "+351 000", "Officer", null, "Porto", "PT", "Writes at ana@city.example.", ""));
        new PanelStore(book.database()).insert(new PanelSeat(0, first.id(), ana.id(), SeatRole.PANELLIST,
                SeatState.CONFIRMED, 3, true, true));
        new AgendaStore(book.database()).insert(new AgendaItem(0, first.id(), 9, "City testimony", 10,
                List.of(ana.id()), ""));
        RegistrationStore registrations = new RegistrationStore(book.database());
        registrations.insert(registration(first.id(), "ANA@city.example", "met joana@city.example there"));
        registrations.insert(registration(second.id(), ANA, ""));
        registrations.insert(registration(first.id(), "joana@city.example", "colleague of ana@city.example."));
        book.events().update(second.toBuilder().description(second.description()
                + "\n\nQuestions to Ana@City.Example, please.").build());
        book.events().moveToTrash(second.id());
    }

    private static Registration registration(long eventId, String email, String notes) {
        return new Registration(0, eventId, email, "Ana", "Silva", "City of Porto", "Officer", "Porto", "PT", "pt",
                NOW, RegistrationSource.CSV, RegistrationStatus.ATTENDED, 50, true, NOW, "form",
                Map.of("Why", "Reach me at " + email), notes);
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void theConfirmationListsEverythingThatWillGo() {
        PrivacyService.ErasurePlan plan = book.privacy().plan(" Ana@City.Example ");

        assertThat(plan.email()).isEqualTo(ANA);
        assertThat(plan.registrations()).extracting(PrivacyService.EventLine::title, PrivacyService.EventLine::inTrash)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(first.title(), false),
                        org.assertj.core.groups.Tuple.tuple(second.title(), true));
        assertThat(plan.person()).map(Person::fullName).contains("Ana Silva");
        assertThat(plan.seats()).extracting(PrivacyService.EventLine::title).containsExactly(first.title());
        assertThat(plan.agendaItems()).containsExactly("City testimony (" + first.title() + ")");
        assertThat(plan.otherMentions()).as("joana's notes and the trashed event's description").isEqualTo(2);
        assertThat(plan.alreadySuppressed()).isFalse();
    }

    @Test
    void anErasureReportsItsStepsUpToDone() {
        List<String> steps = new ArrayList<>();
        book.privacy().erase("ANA@City.example", new org.podium.service.common.Progress() {
            @Override
            public void update(long done, long total) {
                steps.add(done + "/" + total);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });

        assertThat(steps).containsExactly("1/3", "2/3", "3/3");
    }

    @Test
    void afterErasureNoTextColumnOfAnyTableHoldsTheAddressExceptTheSuppressionList() throws Exception {
        PrivacyService.Erasure erasure = book.privacy().erase("ANA@City.example");

        assertThat(erasure.registrations()).isEqualTo(2);
        assertThat(erasure.people()).isEqualTo(1);
        assertThat(erasure.mentionsBlanked()).isEqualTo(2);
        assertThat(new SuppressionStore(book.database()).all()).singleElement()
                .satisfies(s -> {
                    assertThat(s.email()).isEqualTo(ANA);
                    assertThat(s.reason()).isEqualTo(PrivacyService.ERASED_REASON);
                });
        // Only Joana's own address, which contains Ana's as a substring, may still match.
        assertThat(textValuesContaining(ANA)).containsExactlyInAnyOrder(
                "registration.email=joana@city.example", "registration.email_key=joana@city.example",
                "registration.custom_answers={\"Why\":\"Reach me at joana@city.example\"}");
        assertThat(new RegistrationStore(book.database()).find(first.id(), "joana@city.example").orElseThrow().notes())
                .isEqualTo("colleague of [erased].");
        assertThat(new PanelStore(book.database()).forEvent(first.id())).extracting(PanelSeat::personId)
                .doesNotContain(ana.id());
        assertThat(book.trash().list()).extracting(TrashService.Item::name).containsExactly(second.title());

        book.close();
        // The address itself stays in the suppression list; what only Ana's rows held must be gone,
        // not even left in the file's free pages.
        String file = new String(Files.readAllBytes(dir.resolve("book.db")), StandardCharsets.UTF_8);
        assertThat(file).doesNotContain("+351 000", "Writes at", "met joana@city.example there");
        assertThat(dir.resolve("book.db-wal")).doesNotExist();
        book = Composition.openBook(dir.resolve("book.db"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** Every text value of every table, but the suppression list, whose text contains the needle. */
    private List<String> textValuesContaining(String needle) throws Exception {
        List<String> hits = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + book.file().orElseThrow());
             Statement st = c.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p"
                    + " WHERE m.type = 'table' AND m.name <> 'suppression' AND upper(p.type) LIKE '%TEXT%'")) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            assertThat(columns.size()).as("a real scan of the schema").isGreaterThan(50);
            for (String[] column : columns) {
                try (ResultSet rs = st.executeQuery("SELECT \"" + column[1] + "\" FROM \"" + column[0] + "\""
                        + " WHERE instr(lower(\"" + column[1] + "\"), '" + needle + "') > 0")) {
                    while (rs.next()) {
                        hits.add(column[0] + "." + column[1] + "=" + rs.getString(1));
                    }
                }
            }
        }
        return hits;
    }

    @Test
    void restoringABackupFromBeforeTheErasureDoesNotBringThePersonBack() throws Exception {
        Path before = book.backups().backUpTo(dir.resolve("before.db"));
        book.privacy().erase(ANA);
        String log = Files.readString(dir.resolve("book.db.erasures"));
        assertThat(log).as("only salted digests").startsWith("salt ").doesNotContainIgnoringCase("ana@");
        book.close();

        BackupService.restore(dir.resolve("book.db"), before, Clock.fixed(NOW, ZoneOffset.UTC));
        book = Composition.openBook(dir.resolve("book.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(book.privacy().plan(ANA).registrations()).as("the backup still held her").hasSize(2);

        assertThat(book.privacy().reapplyErasures()).containsExactly(ANA);

        PrivacyService.ErasurePlan after = book.privacy().plan(ANA);
        assertThat(after.registrations()).isEmpty();
        assertThat(after.person()).isEmpty();
        assertThat(after.alreadySuppressed()).isTrue();
        assertThat(book.privacy().reapplyErasures()).as("nothing left to do").isEmpty();
        assertThat(book.privacy().erasedAmong(List.of("ANA@city.example", "joana@city.example"))).containsExactly(ANA);
    }

    @Test
    void aPersonInTheTrashIsErasedToo() {
        book.trash().movePersonToTrash(ana.id());
        assertThat(book.privacy().plan(ANA).person()).isPresent();

        book.privacy().erase(ANA);

        assertThat(book.trash().list()).extracting(TrashService.Item::kind).containsOnly(TrashService.Kind.EVENT);
    }

    @Test
    void theSubjectAccessExportHoldsEverythingKeptAboutTheAddress() throws Exception {
        Path file = dir.resolve("ana.json");
        book.privacy().exportSubjectAccess("Ana@City.example", file);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("format").asText()).isEqualTo("podium-subject-access");
        assertThat(json.get("email").asText()).isEqualTo(ANA);
        assertThat(json.get("person").get("lastName").asText()).isEqualTo("Silva");
        assertThat(json.get("person").get("phone").asText()).isEqualTo("+351 000");
        assertThat(json.get("seats")).hasSize(1);
        assertThat(json.get("seats").get(0).get("event").asText()).isEqualTo(first.title());
        assertThat(json.get("agenda").get(0).get("item").asText()).isEqualTo("City testimony");
        assertThat(json.get("registrations")).hasSize(2);
        assertThat(json.get("registrations").findValuesAsText("event")).contains(first.title(), second.title());
        assertThat(json.get("registrations").get(0).get("registration").get("jobTitle").asText()).isEqualTo("Officer");
        assertThat(json.get("suppression").isNull()).isTrue();

        book.privacy().erase(ANA);
        var after = book.privacy().subjectAccess(ANA);
        assertThat(after.person()).isEmpty();
        assertThat(after.registrations()).isEmpty();
        assertThat(after.suppression()).isPresent();
    }

    @Test
    void anAddressIsRequired() {
        assertThatThrownBy(() -> book.privacy().erase("  ")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> book.privacy().plan("Ana Silva")).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("not an email address");
    }
}
