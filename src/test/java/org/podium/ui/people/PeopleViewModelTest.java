package org.podium.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.service.Book;
import org.podium.domain.Person;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FakeNotifier;
import org.podium.ui.common.InPlaceTaskRunner;

/** The People screen on a real book with the sample: search, the form's checks, delete and undo. */
class PeopleViewModelTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Book book;
    private final SimpleStringProperty search = new SimpleStringProperty("");
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakeNotifier notifier = new FakeNotifier();
    private final List<String> changes = new ArrayList<>();
    private PeopleViewModel model;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), NOW);
        book.samples().load();
        model = new PeopleViewModel(book.directory(), new InPlaceTaskRunner(), dialogs, notifier, search,
                () -> changes.add("changed"));
        model.refresh();
    }

    @AfterEach
    void close() {
        book.close();
    }

    private void select(String name) {
        model.select(model.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id());
    }

    @Test
    void theDirectoryIsListedAndTheSearchFiltersNamesPositionsAndOrganisations() {
        assertThat(model.rows()).hasSize(6);
        search.set("mpie");
        assertThat(model.rows()).as("an organisation's name").isEmpty();
        search.set("migration policy");
        assertThat(model.rows()).extracting(PeopleViewModel.PersonRow::name).containsExactly("Liam Patuzzi");
        search.set("co-founder");
        assertThat(model.rows()).extracting(PeopleViewModel.PersonRow::name).containsExactly("Maria Amelie");
    }

    @Test
    void theSelectedPersonIsInTheFormWithTheirEventsAndRoles() {
        select("Laurence Hart");

        assertThat(model.form().lastNameProperty().get()).isEqualTo("Hart");
        assertThat(model.form().organisationProperty().get().shortName()).isEqualTo("IOM CO Mediterranean");
        assertThat(model.appearances()).containsExactly(
                "28 May 2020 · European Cities on the Front Line — Opening remarks (Confirmed)");
    }

    @Test
    void aNewPersonNeedsANameAndAnAddressNobodyElseHas() {
        select("Liam Patuzzi");
        model.form().emailProperty().set("liam@mpie.example");
        model.form().save(model::saved);

        model.newPerson();
        PersonFormViewModel form = model.form();
        assertThat(form.nameErrorProperty().get()).as("a new form opens clean").isEmpty();
        assertThat(form.validProperty().get()).isFalse();
        form.phoneProperty().set("+39 02 1234");
        assertThat(form.nameErrorProperty().get()).isEqualTo("Give a first or a last name.");
        form.firstNameProperty().set("Ana");
        form.lastNameProperty().set("Costa");
        form.emailProperty().set("ana@");
        assertThat(form.emailErrorProperty().get()).isEqualTo("This is not an email address.");
        form.emailProperty().set(" LIAM@mpie.example ");
        assertThat(form.emailErrorProperty().get()).isEqualTo("This address already belongs to Liam Patuzzi.");
        assertThat(form.validProperty().get()).isFalse();
        form.emailProperty().set("ana@cities.example");
        assertThat(form.validProperty().get()).isTrue();
        form.save(model::saved);

        assertThat(model.selectedProperty().get().name()).isEqualTo("Ana Costa");
        assertThat(model.rows()).hasSize(7);
        assertThat(notifier.messages).contains("Saved Ana Costa.");
        assertThat(changes).hasSize(2);
    }

    @Test
    void anAddressErasedOnRequestIsRefusedByTheFormBesideTheAddress() {
        book.privacy().erase("ann@cities.example");
        model.newPerson();
        PersonFormViewModel form = model.form();
        form.firstNameProperty().set("Ann");
        form.emailProperty().set("\uFEFFann@cities.example");
        assertThat(form.validProperty().get()).isTrue();

        form.save(model::saved);

        assertThat(form.emailErrorProperty().get())
                .isEqualTo("ann@cities.example was erased from this book on request and cannot be added again.");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
        assertThat(model.rows()).hasSize(6);

        form.emailProperty().set("ann@cities.example\u0001");
        assertThat(form.emailErrorProperty().get()).isEqualTo(
                "This address holds an invisible control character; type it again.");
    }

    @Test
    void anAddressTakenMeanwhileIsRefusedInTheWindowsLanguage() {
        org.podium.ui.common.Messages.use(java.util.Locale.ITALIAN);
        try {
            model.newPerson();
            PersonFormViewModel form = model.form();
            form.firstNameProperty().set("Ana");
            form.emailProperty().set("ana@cities.example");
            // Another window of the team book takes the address after the form checked it.
            Person other = book.directory().addPerson(new Person(0, "", "Bo", "Rossi", "ana@cities.example", "", "",
                    null, "", "", "", ""));

            form.save(model::saved);

            assertThat(dialogs.errors).singleElement().asString().endsWith(": ana@cities.example è già"
                    + " l’indirizzo di Bo Rossi (persona " + other.id() + ")");
        } finally {
            org.podium.ui.common.Messages.use(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void keepingOnesOwnAddressIsNotATakenAddress() {
        select("Liam Patuzzi");
        model.form().emailProperty().set("liam@mpie.example");
        model.form().save(model::saved);

        model.form().positionProperty().set("Senior Policy Analyst");

        assertThat(model.form().emailErrorProperty().get()).isEmpty();
        assertThat(model.form().validProperty().get()).isTrue();
    }

    @Test
    void deletingAsksFirstAndUndoBringsThePersonBackWithTheirSeat() {
        select("Laurence Hart");
        model.deleteSelected();
        assertThat(model.rows()).as("answered no").hasSize(6);

        dialogs.answering(true);
        model.deleteSelected();
        assertThat(model.rows()).extracting(PeopleViewModel.PersonRow::name).doesNotContain("Laurence Hart");
        assertThat(notifier.messages).last().isEqualTo("Deleted Laurence Hart.");
        long frontLine = book.events().list().stream().filter(s -> s.event().title().startsWith("European"))
                .findFirst().orElseThrow().event().id();
        assertThat(book.panel().seats(frontLine)).isEmpty();

        notifier.undo.run();

        assertThat(model.selectedProperty().get().name()).isEqualTo("Laurence Hart");
        assertThat(book.panel().seats(frontLine)).extracting(s -> s.person().lastName()).containsExactly("Hart");
        assertThat(dialogs.questions).containsExactly("Delete this person?", "Delete this person?");
    }

    @Test
    void theEmptyTableSaysLoadingThenNoMatchForTheSearch() {
        InPlaceTaskRunner runner = new InPlaceTaskRunner().holding();
        PeopleViewModel slow = new PeopleViewModel(book.directory(), runner, dialogs, notifier, search, () -> { });
        slow.refresh();
        assertThat(slow.placeholderProperty().get()).endsWith("…");
        runner.finishHeld();
        search.set("zebra");
        assertThat(slow.rows()).isEmpty();
        assertThat(slow.placeholderProperty().get()).isEqualTo("No people match ‘zebra’.");
    }
}
