package org.podium.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Organisation;
import org.podium.domain.OrganisationKind;
import org.podium.domain.Person;
import org.podium.domain.Versioned;
import org.podium.service.Book;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.InPlaceTaskRunner;
import org.podium.ui.forms.EditConflict;
import org.podium.ui.organisations.OrganisationFormViewModel;

/**
 * The person and organisation forms on a book another client (a second open of the file)
 * saves meanwhile: the save shows the conflict instead of overwriting, and resolving it
 * stores the user's choices over the other client's version.
 */
class PersonConflictTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final FakeDialogService dialogs = new FakeDialogService();
    private Book window;
    private Book other;

    @AfterEach
    void close() {
        other.close();
        window.close();
    }

    private void open() {
        window = Composition.openBook(dir.resolve("book.db"), NOW);
        other = Composition.openBook(dir.resolve("book.db"), NOW);
        other.database().sign("Giulia", NOW);
    }

    @Test
    void aPersonSavedMeanwhileIsShownFieldByFieldAndTheChoicesAreStored() {
        open();
        long id = window.directory().addPerson(Person.named("Liam", "Patuzzi")).id();
        PersonFormViewModel form = new PersonFormViewModel(window.directory(), new InPlaceTaskRunner(), dialogs);
        Versioned<Person> opened = window.directory().getPersonVersioned(id);
        form.load(opened.value(), opened.stamp());
        form.positionProperty().set("Policy analyst");
        form.cityProperty().set("Brussels");
        other.directory().updatePerson(new Person(id, "", "Liam", "Patuzzi", "", "", "Analyst", null, "Berlin", "",
                "", ""));

        form.save(saved -> { });

        EditConflict<Person> conflict = form.lock().conflictProperty().get();
        assertThat(conflict).isNotNull();
        assertThat(dialogs.errors).isEmpty();
        assertThat(conflict.rows()).extracting(EditConflict.Row::label, EditConflict.Row::theirs, EditConflict.Row::mine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Position", "Analyst", "Policy analyst"),
                        org.assertj.core.groups.Tuple.tuple("City", "Berlin", "Brussels"));
        conflict.rows().get(1).takeTheirsProperty().set(true);
        form.lock().resolve(() -> form.save(saved -> { }));

        Versioned<Person> stored = other.directory().getPersonVersioned(id);
        assertThat(stored.value().position()).isEqualTo("Policy analyst");
        assertThat(stored.value().city()).isEqualTo("Berlin");
        assertThat(stored.version()).isEqualTo(3);
        assertThat(form.lock().conflictProperty().get()).isNull();
    }

    @Test
    void anOrganisationSavedMeanwhileIsNotOverwritten() {
        open();
        long id = window.directory().addOrganisation(new Organisation(0, "MPI Europe", "", OrganisationKind.PARTNER,
                "", "")).id();
        OrganisationFormViewModel form = new OrganisationFormViewModel(window.directory(), new InPlaceTaskRunner(),
                dialogs);
        Versioned<Organisation> opened = window.directory().getOrganisationVersioned(id);
        form.load(opened.value(), opened.stamp());
        form.cityProperty().set("Brussels");
        other.directory().updateOrganisation(new Organisation(id, "MPI Europe", "MPIE", OrganisationKind.PARTNER, "",
                ""));

        form.save(saved -> { });

        assertThat(form.lock().conflictProperty().get().rows()).extracting(EditConflict.Row::label)
                .containsExactly("Short name");
        assertThat(other.directory().getOrganisationVersioned(id).value().city()).isEmpty();
        form.lock().resolve(() -> form.save(saved -> { }));
        Organisation stored = other.directory().getOrganisationVersioned(id).value();
        assertThat(stored.city()).isEqualTo("Brussels");
        assertThat(stored.shortName()).isEqualTo("MPIE");
    }
}
