package org.podium.ui.people;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.service.Book;
import org.podium.ui.common.DialogService.SaveChoice;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FakeNotifier;
import org.podium.ui.common.InPlaceTaskRunner;
import org.podium.ui.organisations.OrganisationsViewModel;

import static org.assertj.core.api.Assertions.assertThat;

/** The person and organisation forms never lose an edit: another record, a new one or a reload asks or keeps it. */
class DirectoryEditsKeptTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Book book;
    private final FakeDialogService dialogs = new FakeDialogService();
    private PeopleViewModel people;
    private OrganisationsViewModel organisations;
    private boolean stayed;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), NOW);
        book.samples().load();
        SimpleStringProperty search = new SimpleStringProperty("");
        people = new PeopleViewModel(book.directory(), new InPlaceTaskRunner(), dialogs, new FakeNotifier(), search,
                () -> { });
        organisations = new OrganisationsViewModel(book.directory(), new InPlaceTaskRunner(), dialogs,
                new FakeNotifier(), search, () -> { });
        people.refresh();
        organisations.refresh();
    }

    @AfterEach
    void close() {
        book.close();
    }

    private PeopleViewModel.PersonRow person(String name) {
        return people.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private OrganisationsViewModel.OrganisationRow organisation(int index) {
        return organisations.rows().get(index);
    }

    @Test
    void aPersonsEditIsAskedAboutCancelKeepsDiscardDropsSaveStores() {
        people.choose(person("Liam Patuzzi"), () -> { });
        people.form().positionProperty().set("Senior Policy Analyst");

        dialogs.answeringSave(SaveChoice.CANCEL);
        people.choose(person("Laurence Hart"), () -> stayed = true);
        assertThat(stayed).isTrue();
        assertThat(people.form().positionProperty().get()).isEqualTo("Senior Policy Analyst");
        assertThat(dialogs.saveQuestions).containsExactly(
                "Save changes to ‘Liam Patuzzi’?: If you don’t save them, your changes are lost.");

        dialogs.answeringSave(SaveChoice.DISCARD);
        people.choose(person("Laurence Hart"), () -> { });
        assertThat(people.form().lastNameProperty().get()).isEqualTo("Hart");
        people.choose(person("Liam Patuzzi"), () -> { });
        assertThat(people.form().positionProperty().get()).isEqualTo("Policy Analyst");

        people.form().positionProperty().set("Senior Policy Analyst");
        dialogs.answeringSave(SaveChoice.SAVE);
        people.newPerson();
        assertThat(people.creatingProperty().get()).isTrue();
        assertThat(book.directory().getPerson(person("Liam Patuzzi").id()).position())
                .isEqualTo("Senior Policy Analyst");
    }

    @Test
    void aReloadKeepsAPersonsEditAndTheOrganisationsReadAgainAreNoEdit() {
        people.choose(person("Liam Patuzzi"), () -> { });
        people.refresh();
        assertThat(people.form().dirtyProperty().get()).as("the same organisations read again").isFalse();

        people.form().positionProperty().set("Senior Policy Analyst");
        people.refresh();
        assertThat(people.form().positionProperty().get()).isEqualTo("Senior Policy Analyst");
        assertThat(dialogs.saveQuestions).isEmpty();
    }

    @Test
    void aNewPersonSavedStopsBeingNewAndIsShownOnceTheListIsRead() {
        people.newPerson();
        people.form().firstNameProperty().set("Nora");
        people.form().lastNameProperty().set("Quint");
        people.form().save(people::saved);

        assertThat(people.creatingProperty().get()).as("a second Save would add her again").isFalse();
        assertThat(people.selectedProperty().get()).extracting(PeopleViewModel.PersonRow::name).isEqualTo("Nora Quint");
        assertThat(book.directory().people()).filteredOn(p -> p.person().fullName().equals("Nora Quint")).hasSize(1);
    }

    @Test
    void aNewPersonsFormOpensClean() {
        people.newPerson();
        assertThat(people.form().nameErrorProperty().get()).isEmpty();
        people.form().emailProperty().set("x");
        assertThat(people.form().nameErrorProperty().get()).isEqualTo("Give a first or a last name.");
    }

    @Test
    void anOrganisationsEditIsAskedAboutAndAReloadKeepsIt() {
        organisations.choose(organisation(0), () -> { });
        String name = organisations.form().nameProperty().get();
        organisations.form().cityProperty().set("Brussels, Belgium");
        organisations.refresh();
        assertThat(organisations.form().cityProperty().get()).isEqualTo("Brussels, Belgium");

        dialogs.answeringSave(SaveChoice.CANCEL);
        organisations.choose(organisation(1), () -> stayed = true);
        assertThat(stayed).isTrue();
        assertThat(organisations.form().nameProperty().get()).isEqualTo(name);

        dialogs.answeringSave(SaveChoice.SAVE);
        organisations.choose(organisation(1), () -> { });
        assertThat(dialogs.saveQuestions).hasSize(2).allMatch(q -> q.startsWith("Save changes to ‘" + name + "’?"));
        assertThat(book.directory().organisations()).anyMatch(o -> o.name().equals(name)
                && o.city().equals("Brussels, Belgium"));
        assertThat(organisations.form().nameProperty().get()).isNotEqualTo(name);

        organisations.newOrganisation();
        assertThat(organisations.form().nameErrorProperty().get()).as("a new form opens clean").isEmpty();
    }
}
