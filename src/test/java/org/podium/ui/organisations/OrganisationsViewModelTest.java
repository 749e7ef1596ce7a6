package org.podium.ui.organisations;

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
import org.podium.domain.OrganisationKind;
import org.podium.service.Book;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FakeNotifier;
import org.podium.ui.common.InPlaceTaskRunner;

/** The Organisations screen on a real book with the sample: its people and events, edits, delete and undo. */
class OrganisationsViewModelTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Book book;
    private final SimpleStringProperty search = new SimpleStringProperty("");
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakeNotifier notifier = new FakeNotifier();
    private OrganisationsViewModel model;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), NOW);
        book.samples().load();
        model = new OrganisationsViewModel(book.directory(), new InPlaceTaskRunner(), dialogs, notifier, search, () -> { });
        model.refresh();
    }

    @AfterEach
    void close() {
        book.close();
    }

    private void select(String name) {
        model.selectedProperty().set(model.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow());
    }

    @Test
    void anOrganisationShowsItsPeopleItsOwnPartsAndItsPeoplesSeats() {
        select("Migration Policy Institute Europe");

        assertThat(model.people()).containsExactly("Liam Patuzzi, Policy Analyst");
        assertThat(model.events()).containsExactly(
                "24 Sep 2020 · Social Innovation for Migrant Integration — Research partner",
                "28 May 2020 · European Cities on the Front Line — Research partner",
                "24 Sep 2020 · Social Innovation for Migrant Integration — Liam Patuzzi, Presenter");
    }

    @Test
    void theSearchMatchesShortNamesAndCities() {
        search.set("gdańsk");
        assertThat(model.rows()).extracting(OrganisationsViewModel.OrganisationRow::name).containsExactly("City of Gdańsk");
        search.set("CESIE");
        assertThat(model.rows()).hasSize(1);
    }

    @Test
    void aNameMustBeGivenAndFreeAndAnEditIsSaved() {
        select("CESIE – Centre for European Studies and Initiatives");
        OrganisationFormViewModel form = model.form();
        form.nameProperty().set("");
        assertThat(form.nameErrorProperty().get()).isEqualTo("Give the organisation a name.");
        form.nameProperty().set("migration policy institute europe");
        assertThat(form.nameErrorProperty().get()).isEqualTo("Another organisation already has this name.");
        form.nameProperty().set("CESIE");
        form.kindProperty().set(OrganisationKind.PARTNER);
        form.save(model::saved);

        assertThat(model.selectedProperty().get().name()).isEqualTo("CESIE");
        assertThat(model.selectedProperty().get().kind()).isEqualTo("Partner");
    }

    @Test
    void anOrganisationTakingPartInEventsIsNotDeletedAndTheCoordinatorIsToldWhy() {
        select("Migration Policy Institute Europe");

        model.deleteSelected();

        assertThat(dialogs.errors).singleElement().asString()
                .contains("“Migration Policy Institute Europe” takes part in 2 events");
        assertThat(dialogs.questions).as("not even asked").isEmpty();
        assertThat(model.rows()).hasSize(11);
    }

    @Test
    void deletingAsksFirstAndUndoPutsItBackWithItsPeople() {
        select("Startup Migrants");
        dialogs.answering(true);

        model.deleteSelected();
        assertThat(model.rows()).extracting(OrganisationsViewModel.OrganisationRow::name).doesNotContain("Startup Migrants");
        assertThat(book.directory().people()).filteredOn(l -> l.person().lastName().equals("Amelie"))
                .singleElement().satisfies(l -> assertThat(l.organisation()).isEmpty());

        notifier.undo.run();

        assertThat(model.selectedProperty().get().name()).isEqualTo("Startup Migrants");
        assertThat(model.people()).containsExactly("Maria Amelie, Co-founder");
    }

    @Test
    void theEmptyTableSaysLoadingThenNoMatchForTheSearch() {
        InPlaceTaskRunner runner = new InPlaceTaskRunner().holding();
        OrganisationsViewModel slow = new OrganisationsViewModel(book.directory(), runner, dialogs, notifier, search, () -> { });
        slow.refresh();
        assertThat(slow.placeholderProperty().get()).endsWith("…");
        runner.finishHeld();
        search.set("zebra");
        assertThat(slow.rows()).isEmpty();
        assertThat(slow.placeholderProperty().get()).isEqualTo("No organisations match ‘zebra’.");
    }
}
