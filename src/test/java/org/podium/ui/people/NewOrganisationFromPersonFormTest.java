package org.podium.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.podium.domain.Organisation;
import org.podium.domain.OrganisationKind;
import org.podium.domain.Person;
import org.podium.service.Book;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FakeNotifier;
import org.podium.ui.common.InPlaceTaskRunner;
import org.podium.ui.common.NewOrganisation;

/**
 * "Add ‘Name’ as a new organisation…" from the person form's organisation field, on a real
 * book: the organisation is stored and becomes the field's value, and the person is not saved.
 */
class NewOrganisationFromPersonFormTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Book book;
    private final FakeDialogService dialogs = new FakeDialogService();
    private PeopleViewModel people;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), NOW);
        book.samples().load();
        people = new PeopleViewModel(book.directory(), new InPlaceTaskRunner(), dialogs, new FakeNotifier(),
                new SimpleStringProperty(""), () -> { });
        people.refresh();
    }

    @AfterEach
    void close() {
        book.close();
    }

    private Person select(String name) {
        PeopleViewModel.PersonRow row = people.rows().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow();
        people.select(row.id());
        return book.directory().getPerson(row.id());
    }

    @Test
    void aTypedUnknownNameIsStoredAndBecomesTheFieldsValueWithoutSavingThePerson() {
        Person liam = select("Liam Patuzzi");
        PersonFormViewModel form = people.form();
        form.positionProperty().set("Senior analyst");
        assertThat(form.isNewOrganisation("Migration Observatory")).isTrue();
        assertThat(form.isNewOrganisation("iom co mediterranean")).as("a short name already known").isFalse();
        assertThat(form.isNewOrganisation("  ")).isFalse();

        boolean started = form.addNewOrganisation(new NewOrganisation.Draft(" Migration  Observatory ", "MigObs",
                OrganisationKind.PARTNER, "Oxford", "United Kingdom"));

        assertThat(started).isTrue();
        assertThat(dialogs.errors).isEmpty();
        Organisation stored = book.directory().organisations().stream()
                .filter(o -> o.name().equals("Migration Observatory")).findFirst().orElseThrow();
        assertThat(stored.shortName()).isEqualTo("MigObs");
        assertThat(stored.kind()).isEqualTo(OrganisationKind.PARTNER);
        assertThat(stored.city()).isEqualTo("Oxford");
        assertThat(stored.country()).isEqualTo("United Kingdom");
        assertThat(form.organisationProperty().get()).isEqualTo(stored);
        assertThat(form.organisationChoices()).contains(stored);
        assertThat(form.isNewOrganisation("Migration Observatory")).isFalse();
        assertThat(form.dirtyProperty().get()).isTrue();
        assertThat(form.positionProperty().get()).as("the edit in progress is kept").isEqualTo("Senior analyst");
        assertThat(book.directory().getPerson(liam.id())).as("the person is not saved").isEqualTo(liam);

        form.save(people::saved);
        assertThat(book.directory().getPerson(liam.id()).organisationId()).isEqualTo(stored.id());
    }

    @Test
    void aBlankNameIsRefusedAndNothingIsStored() {
        Person liam = select("Liam Patuzzi");
        PersonFormViewModel form = people.form();
        Organisation before = form.organisationProperty().get();
        int known = book.directory().organisations().size();

        assertThat(form.addNewOrganisation(new NewOrganisation.Draft("   ", "X", OrganisationKind.OTHER, "", "")))
                .isFalse();

        assertThat(book.directory().organisations()).hasSize(known);
        assertThat(form.organisationProperty().get()).isEqualTo(before);
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
        assertThat(book.directory().getPerson(liam.id())).isEqualTo(liam);
    }

    @Test
    void aNameTheDirectoryHasIsRefusedWithItsReasonAndTheFieldIsLeftAlone() {
        select("Liam Patuzzi");
        PersonFormViewModel form = people.form();
        Organisation before = form.organisationProperty().get();
        int known = book.directory().organisations().size();

        form.addNewOrganisation(NewOrganisation.Draft.named(before.name().toUpperCase(), null));

        assertThat(dialogs.errors).singleElement().asString().startsWith("The organisation could not be added");
        assertThat(book.directory().organisations()).hasSize(known);
        assertThat(form.organisationProperty().get()).isEqualTo(before);
        assertThat(form.dirtyProperty().get()).isFalse();
    }
}
