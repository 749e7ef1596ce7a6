package org.podium.ui.registrants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.bench.RegistrantBookGenerator;
import org.podium.domain.Event;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationLine;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.service.Book;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FakeNotifier;
import org.podium.ui.common.InPlaceTaskRunner;

class RegistrantsViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    Path dir;
    Book book;
    Event event;
    RegistrantsViewModel model;
    int countsChanged;
    final FakeDialogService dialogs = new FakeDialogService();
    final FakeNotifier notifier = new FakeNotifier();

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        event = webinar("Cities and climate", null);
        model = new RegistrantsViewModel(book.registrations(), new InPlaceTaskRunner(), dialogs, notifier,
                Clock.fixed(NOW, ZoneOffset.UTC), () -> countsChanged++);
    }

    @AfterEach
    void close() {
        book.close();
    }

    private Event webinar(String title, Integer capacity) {
        return book.events().add(Event.builder(title, LocalDateTime.parse("2026-12-10T10:00"), ROME, 60)
                .capacity(capacity).build());
    }

    private Registration registrant(Event e, String email, String first, String last, String organisation,
                                    String at, RegistrationStatus status) {
        return book.registrations().add(new Registration(0, e.id(), email, first, last, organisation, "", "", "", "",
                Instant.parse(at), RegistrationSource.CSV, status, 0, false, null, "", null, ""));
    }

    private void sampleRegistrants() {
        registrant(event, "ana.rossi@comune.milano.it", "Ana", "Rossi", "Comune di Milano", "2026-11-01T09:00:00Z",
                RegistrationStatus.REGISTERED);
        registrant(event, "jose@ayto.example.es", "José", "García", "Ajuntament de Barcelona", "2026-11-02T09:00:00Z",
                RegistrationStatus.WAITLISTED);
        registrant(event, "liam@mpi.example.org", "Liam", "Patuzzi", "Migration Policy Institute Europe",
                "2026-11-03T09:00:00Z", RegistrationStatus.ATTENDED);
        registrant(event, "milano.fan@example.org", "Zoë", "Bianchi", "", "2026-11-04T09:00:00Z",
                RegistrationStatus.CANCELLED);
    }

    private void open(Event e) {
        model.activeProperty().set(true);
        model.show(e);
    }

    private List<String> emails() {
        return model.rows().stream().map(r -> r.line().email()).toList();
    }

    @Test
    void nothingLoadsUntilTheTabIsShownThenEveryRowInRegistrationOrder() {
        sampleRegistrants();
        model.show(event);
        assertThat(model.rows()).isEmpty();

        model.activeProperty().set(true);

        assertThat(emails()).containsExactly("ana.rossi@comune.milano.it", "jose@ayto.example.es",
                "liam@mpi.example.org", "milano.fan@example.org");
        assertThat(model.completeProperty().get()).isTrue();
        assertThat(model.headerProperty().get()).isEqualTo("2 registered · 1 waitlisted");
        assertThat(model.shownCountProperty().get()).isEqualTo("4 registrants");
    }

    @Test
    void whenEveryRegistrantHoldsASeatOrWaitsTheHeaderCountsThemOnce() {
        registrant(event, "ana.rossi@comune.milano.it", "Ana", "Rossi", "", "2026-11-01T09:00:00Z",
                RegistrationStatus.REGISTERED);
        registrant(event, "jose@ayto.example.es", "José", "García", "", "2026-11-02T09:00:00Z",
                RegistrationStatus.WAITLISTED);
        open(event);

        assertThat(model.headerProperty().get()).isEqualTo("1 registered · 1 waitlisted");
        assertThat(model.shownCountProperty().get()).as("not \"2 registrants\" beside it").isEmpty();
        model.searchProperty().set("ana");
        assertThat(model.shownCountProperty().get()).isEqualTo("1 of 2 shown");
    }

    @Test
    void aBigListShowsItsFirstPageThenEveryRow() {
        RegistrantBookGenerator.insert(book.database(), event.id(), 450, NOW, 7);
        open(event);

        assertThat(model.rows()).hasSize(450);
        assertThat(model.completeProperty().get()).isTrue();
        assertThat(model.shownCountProperty().get()).isEqualTo("450 registrants");
        List<RegistrationLine> stored = book.registrations().lines(event.id());
        assertThat(model.rows()).extracting(RegistrantRow::line).containsExactlyElementsOf(stored);
    }

    @Test
    void searchFindsNameEmailAndOrganisationIgnoringCaseAndAccents() {
        sampleRegistrants();
        open(event);

        model.searchProperty().set("MILANO");
        assertThat(emails()).as("organisation or address").containsExactly("ana.rossi@comune.milano.it",
                "milano.fan@example.org");
        model.searchProperty().set("jose garcia");
        assertThat(emails()).as("every word, accents folded").containsExactly("jose@ayto.example.es");
        model.searchProperty().set("zoe");
        assertThat(emails()).containsExactly("milano.fan@example.org");
        model.searchProperty().set("rossi milano");
        assertThat(emails()).containsExactly("ana.rossi@comune.milano.it");
        assertThat(model.shownCountProperty().get()).isEqualTo("1 of 4 shown");
        model.searchProperty().set("ro");
        assertThat(emails()).as("a shorter search widens again").containsExactly("ana.rossi@comune.milano.it",
                "liam@mpi.example.org");
        model.searchProperty().set("patuzzi@");
        assertThat(emails()).as("no match across two fields").isEmpty();
    }

    @Test
    void theStatusFilterCombinesWithTheSearch() {
        sampleRegistrants();
        open(event);

        model.statusFilterProperty().set(RegistrationStatus.CANCELLED);
        assertThat(emails()).containsExactly("milano.fan@example.org");
        model.searchProperty().set("milano");
        assertThat(emails()).containsExactly("milano.fan@example.org");
        model.statusFilterProperty().set(null);
        assertThat(emails()).hasSize(2);
    }

    @Test
    void sortingByAColumnAndBackToRegistrationOrder() {
        sampleRegistrants();
        open(event);

        model.sortProperty().set(new RegistrantSort(RegistrantSort.Column.NAME, true));
        assertThat(model.rows()).extracting(RegistrantRow::name).containsExactly("Ana Rossi", "José García",
                "Liam Patuzzi", "Zoë Bianchi");
        model.sortProperty().set(new RegistrantSort(RegistrantSort.Column.ORGANISATION, false));
        assertThat(model.rows()).extracting(r -> r.line().organisation()).containsExactly(
                "Migration Policy Institute Europe", "Comune di Milano", "Ajuntament de Barcelona", "");
        model.sortProperty().set(new RegistrantSort(RegistrantSort.Column.STATUS, true));
        assertThat(model.rows()).extracting(r -> r.line().status()).containsExactly(RegistrationStatus.REGISTERED,
                RegistrationStatus.WAITLISTED, RegistrationStatus.CANCELLED, RegistrationStatus.ATTENDED);
        model.searchProperty().set("milano");
        assertThat(emails()).as("a search keeps the sort").containsExactly("ana.rossi@comune.milano.it",
                "milano.fan@example.org");
        model.searchProperty().set("");
        model.sortProperty().set(null);
        assertThat(emails()).containsExactly("ana.rossi@comune.milano.it", "jose@ayto.example.es",
                "liam@mpi.example.org", "milano.fan@example.org");
    }

    @Test
    void aBulkChangeAppliesToEverySelectedRowAndUndoGivesEachItsOwnStatusBack() {
        sampleRegistrants();
        open(event);
        model.selected().setAll(model.rows().subList(0, 3));

        model.setStatus(RegistrationStatus.CANCELLED);

        assertThat(model.rows()).extracting(r -> r.line().status()).containsOnly(RegistrationStatus.CANCELLED);
        assertThat(book.registrations().counts(event.id()).count(RegistrationStatus.CANCELLED)).isEqualTo(4);
        assertThat(notifier.messages).last().isEqualTo("3 registrants set to Cancelled.");
        assertThat(model.reselectProperty().get()).hasSize(3);
        assertThat(model.headerProperty().get()).isEqualTo("0 registered · 0 waitlisted");
        assertThat(countsChanged).as("the event list is told to refresh its figures").isEqualTo(1);

        notifier.undo.run();

        assertThat(model.rows()).extracting(r -> r.line().status()).containsExactly(RegistrationStatus.REGISTERED,
                RegistrationStatus.WAITLISTED, RegistrationStatus.ATTENDED, RegistrationStatus.CANCELLED);
        assertThat(book.registrations().lines(event.id())).extracting(RegistrationLine::status).containsExactly(
                RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED, RegistrationStatus.ATTENDED,
                RegistrationStatus.CANCELLED);
        assertThat(model.headerProperty().get()).isEqualTo("2 registered · 1 waitlisted");
    }

    @Test
    void everyRowShownCanBeSelectedAtOnceAndKeepsItsSelectionThroughAChange() {
        sampleRegistrants();
        open(event);
        model.statusFilterProperty().set(RegistrationStatus.REGISTERED);
        int shown = model.rows().size();
        assertThat(shown).isPositive();

        model.selectEveryShown();

        assertThat(model.selected()).containsExactlyElementsOf(model.rows());
        model.setStatus(RegistrationStatus.NO_SHOW);
        assertThat(model.rows()).as("the filter lets none of them through now").isEmpty();
        assertThat(model.selected()).isEmpty();
        assertThat(model.reselectProperty().get()).as("the table is not asked to select them").isEmpty();
        assertThat(book.registrations().counts(event.id()).count(RegistrationStatus.NO_SHOW)).isEqualTo(shown);

        model.statusFilterProperty().set(null);
        model.selectEveryShown();
        model.sortProperty().set(new RegistrantSort(RegistrantSort.Column.NAME, false));
        assertThat(model.selected()).as("a sort keeps every row selected").containsExactlyElementsOf(model.rows());
        model.searchProperty().set("rossi");
        assertThat(model.everyShownSelectedProperty().get()).as("a new search ends it").isFalse();
        model.tableSelected(List.of(model.rows().get(0)));
        assertThat(model.selected()).containsExactly(model.rows().get(0));
    }

    @Test
    void aRegistrantIsAddedThroughTheFormAndShownInTheTable() {
        sampleRegistrants();
        open(event);
        model.add();
        RegistrantFormViewModel form = model.form();
        assertThat(form.openProperty().get()).isTrue();
        assertThat(form.validProperty().get()).as("the address is required").isFalse();

        form.emailProperty().set(" Marta.Nowak@Gdansk.example.pl ");
        form.firstNameProperty().set("Marta");
        form.lastNameProperty().set("Nowak");
        form.countryProperty().set("pl");
        form.consentProperty().set(true);
        assertThat(form.validProperty().get()).isTrue();
        form.save();

        assertThat(form.openProperty().get()).isFalse();
        RegistrantRow added = model.rows().get(model.rows().size() - 1);
        assertThat(added.name()).isEqualTo("Marta Nowak");
        assertThat(model.revealedProperty().get()).isEqualTo(added);
        Registration stored = book.registrations().find(added.id()).orElseThrow();
        assertThat(stored.email()).isEqualTo("Marta.Nowak@Gdansk.example.pl");
        assertThat(stored.country()).isEqualTo("PL");
        assertThat(stored.source()).isEqualTo(RegistrationSource.MANUAL);
        assertThat(stored.registeredAt()).isEqualTo(NOW);
        assertThat(stored.consentAt()).isEqualTo(NOW);
        assertThat(stored.consentSource()).isEqualTo("manual");
        assertThat(notifier.messages).last().isEqualTo("Added Marta Nowak.");
        assertThat(model.headerProperty().get()).isEqualTo("3 registered · 1 waitlisted");
    }

    @Test
    void anInvalidAddressCountryOrMinutesKeepsSaveDisabledWithTheReasonByTheField() {
        open(event);
        model.add();
        RegistrantFormViewModel form = model.form();

        form.emailProperty().set("ana.rossi@comune");
        assertThat(form.emailErrorProperty().get()).contains("not an email address");
        form.emailProperty().set("ana.rossi@comune.milano.it");
        form.countryProperty().set("Italy");
        assertThat(form.countryErrorProperty().get()).contains("two-letter");
        form.countryProperty().set("it");
        form.minutesProperty().set("-5");
        assertThat(form.minutesErrorProperty().get()).isNotEmpty();
        assertThat(form.validProperty().get()).isFalse();
        form.save();
        assertThat(book.registrations().lines(event.id())).isEmpty();

        form.minutesProperty().set("0");
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void anAddressErasedOnRequestIsRefusedByTheFormWithTheReasonByTheField() {
        book.privacy().erase("ann@example.org");
        open(event);
        model.add();
        RegistrantFormViewModel form = model.form();
        form.emailProperty().set("\u200BAnn@Example.org\u00A0");
        form.firstNameProperty().set("Ann");
        assertThat(form.validProperty().get()).as("invisible characters around it are no error").isTrue();

        form.save();

        assertThat(form.openProperty().get()).as("the form stays open").isTrue();
        assertThat(form.emailErrorProperty().get()).isEqualTo(
                "Ann@Example.org was erased from this book on request and cannot be registered again.");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
        assertThat(book.registrations().lines(event.id())).isEmpty();

        form.emailProperty().set("ann\u0001@example.org");
        assertThat(form.emailErrorProperty().get()).isEqualTo(
                "This address holds an invisible control character; type it again.");
    }

    @Test
    void aDuplicateAddressIsRefusedAndTheExistingRowShownEvenIfTheSearchHidIt() {
        sampleRegistrants();
        open(event);
        model.searchProperty().set("patuzzi");
        model.add();
        RegistrantFormViewModel form = model.form();
        form.emailProperty().set("ANA.ROSSI@comune.milano.it");
        form.firstNameProperty().set("Anna");

        form.save();

        assertThat(form.openProperty().get()).as("the form stays open").isTrue();
        assertThat(form.emailErrorProperty().get()).isEqualTo(
                "ana.rossi@comune.milano.it is already registered for this event as Ana Rossi: see the highlighted row.");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(model.searchProperty().get()).isEmpty();
        assertThat(model.revealedProperty().get().name()).isEqualTo("Ana Rossi");
        assertThat(model.rows()).contains(model.revealedProperty().get());
        assertThat(book.registrations().lines(event.id())).hasSize(4);

        form.emailProperty().set("anna.rossi@comune.milano.it");
        assertThat(form.emailErrorProperty().get()).isEmpty();
    }

    @Test
    void editingARegistrantSavesTheFormAndRecordsConsentWhenTurnedOn() {
        sampleRegistrants();
        open(event);
        RegistrantRow liam = model.rows().get(2);

        model.edit(liam);
        RegistrantFormViewModel form = model.form();
        assertThat(form.emailProperty().get()).isEqualTo("liam@mpi.example.org");
        assertThat(form.dirtyProperty().get()).isFalse();
        form.organisationProperty().set("MPI Europe");
        form.minutesProperty().set("55");
        form.consentProperty().set(true);
        assertThat(form.consentNoticeProperty().get()).contains("recorded now");
        form.save();

        Registration stored = book.registrations().find(liam.id()).orElseThrow();
        assertThat(stored.organisation()).isEqualTo("MPI Europe");
        assertThat(stored.minutesAttended()).isEqualTo(55);
        assertThat(stored.consentAt()).isEqualTo(NOW);
        assertThat(model.rows().get(2).line().organisation()).isEqualTo("MPI Europe");
        assertThat(model.rows()).hasSize(4);
        assertThat(notifier.messages).last().isEqualTo("Saved Liam Patuzzi.");
    }

    @Test
    void pastCapacityANewRegistrantJoinsTheWaitlistAndTheFormSaysSoFirst() {
        Event small = webinar("Small", 2);
        registrant(small, "a@x.org", "A", "", "", "2026-11-01T09:00:00Z", RegistrationStatus.REGISTERED);
        registrant(small, "b@x.org", "B", "", "", "2026-11-01T10:00:00Z", RegistrationStatus.REGISTERED);
        open(small);
        assertThat(model.headerProperty().get()).isEqualTo("2 / 2 registered · 0 waitlisted");

        model.add();
        assertThat(model.form().statusNoticeProperty().get()).contains("waitlist");
        model.form().emailProperty().set("c@x.org");
        model.form().save();

        assertThat(model.rows()).extracting(r -> r.line().status()).last().isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(notifier.messages).last().isEqualTo("Added c@x.org to the waitlist: every seat is taken.");
        assertThat(model.headerProperty().get()).isEqualTo("2 / 2 registered · 1 waitlisted");
        assertThat(model.canPromoteProperty().get()).isFalse();
    }

    @Test
    void promotionFillsExactlyTheFreeSeatsInRegistrationOrderAndCanBeUndone() {
        Event small = webinar("Small", 3);
        registrant(small, "seated@x.org", "S", "", "", "2026-11-01T08:00:00Z", RegistrationStatus.REGISTERED);
        registrant(small, "cancelled@x.org", "C", "", "", "2026-11-01T08:30:00Z", RegistrationStatus.CANCELLED);
        // Added out of time order: promotion goes by when they registered, not by when they were added.
        registrant(small, "w2@x.org", "W2", "", "", "2026-11-01T10:00:00Z", RegistrationStatus.WAITLISTED);
        registrant(small, "w3@x.org", "W3", "", "", "2026-11-01T11:00:00Z", RegistrationStatus.WAITLISTED);
        registrant(small, "w1@x.org", "W1", "", "", "2026-11-01T09:00:00Z", RegistrationStatus.WAITLISTED);
        open(small);
        assertThat(model.canPromoteProperty().get()).isTrue();

        model.promote();

        assertThat(model.rows()).extracting(RegistrantRow::name, r -> r.line().status()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("S", RegistrationStatus.REGISTERED),
                org.assertj.core.groups.Tuple.tuple("C", RegistrationStatus.CANCELLED),
                org.assertj.core.groups.Tuple.tuple("W2", RegistrationStatus.REGISTERED),
                org.assertj.core.groups.Tuple.tuple("W3", RegistrationStatus.WAITLISTED),
                org.assertj.core.groups.Tuple.tuple("W1", RegistrationStatus.REGISTERED));
        assertThat(model.headerProperty().get()).isEqualTo("3 / 3 registered · 1 waitlisted");
        assertThat(model.canPromoteProperty().get()).isFalse();
        assertThat(notifier.messages).last().isEqualTo("2 registrants promoted from the waitlist.");

        notifier.undo.run();

        assertThat(book.registrations().counts(small.id()).waitlisted()).isEqualTo(3);
        assertThat(model.headerProperty().get()).isEqualTo("1 / 3 registered · 3 waitlisted");
        assertThat(model.rows()).extracting(r -> r.line().status()).containsExactly(RegistrationStatus.REGISTERED,
                RegistrationStatus.CANCELLED, RegistrationStatus.WAITLISTED, RegistrationStatus.WAITLISTED,
                RegistrationStatus.WAITLISTED);
    }

    @Test
    void theChartsLoadWhenOpenedAndFollowChanges() {
        sampleRegistrants();
        open(event);
        assertThat(model.chartsProperty().get()).as("not until the pane opens").isNull();

        model.chartsShownProperty().set(true);

        assertThat(model.chartsProperty().get().cumulative()).hasSize(4);
        assertThat(model.chartsProperty().get().cumulative().get(3).total()).isEqualTo(4);
        assertThat(model.chartsProperty().get().byStatus()).containsEntry(RegistrationStatus.WAITLISTED, 1L);
        model.selected().setAll(model.rows().get(1));
        model.setStatus(RegistrationStatus.REGISTERED);
        assertThat(model.chartsProperty().get().byStatus()).containsEntry(RegistrationStatus.WAITLISTED, 0L)
                .containsEntry(RegistrationStatus.REGISTERED, 2L);
    }

    @Test
    void anotherEventStartsWithAFreshSearchFilterAndSort() {
        sampleRegistrants();
        Event other = webinar("Other", 10);
        registrant(other, "only@x.org", "Only", "One", "", "2026-11-01T09:00:00Z", RegistrationStatus.REGISTERED);
        open(event);
        model.searchProperty().set("milano");
        model.statusFilterProperty().set(RegistrationStatus.CANCELLED);
        model.sortProperty().set(new RegistrantSort(RegistrantSort.Column.EMAIL, false));

        model.show(other);

        assertThat(emails()).containsExactly("only@x.org");
        assertThat(model.searchProperty().get()).isEmpty();
        assertThat(model.statusFilterProperty().get()).isNull();
        assertThat(model.sortProperty().get()).isNull();
        assertThat(model.headerProperty().get()).isEqualTo("1 / 10 registered · 0 waitlisted");
        model.show(null);
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void theEmptyTableSaysItIsLoadingThenWhatTheSearchDidNotMatch() {
        InPlaceTaskRunner runner = new InPlaceTaskRunner();
        RegistrantsViewModel slow = new RegistrantsViewModel(book.registrations(), runner, dialogs, notifier,
                Clock.fixed(NOW, ZoneOffset.UTC), () -> { });
        sampleRegistrants();
        runner.holding();
        slow.activeProperty().set(true);
        slow.expect(100_000);
        slow.show(event);
        assertThat(slow.rows()).isEmpty();
        assertThat(slow.placeholderProperty().get()).isEqualTo("Loading 100,000 registrants…");

        runner.finishHeld();
        slow.searchProperty().set("nobody like this");
        assertThat(slow.rows()).isEmpty();
        assertThat(slow.placeholderProperty().get()).isEqualTo("No registrants match ‘nobody like this’.");
        slow.searchProperty().set("");
        slow.statusFilterProperty().set(RegistrationStatus.NO_SHOW);
        assertThat(slow.placeholderProperty().get()).isEqualTo("No registrants have the status chosen.");
    }

    @Test
    void anEventWithNoRegistrantsSaysHowToAddThem() {
        open(event);
        assertThat(model.placeholderProperty().get()).startsWith("No registrants to show. Add one");
    }
}
