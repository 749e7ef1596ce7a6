package org.podium.ui.events;

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
import org.podium.service.common.Preferences;
import org.podium.ui.common.EventRow;
import org.podium.ui.common.DialogService.SaveChoice;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FakeNotifier;
import org.podium.ui.common.InPlaceTaskRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The Events screen never throws away an edit: another event, a new one or a reload asks or keeps it. */
class EventEditsKeptTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final String MAY = "European Cities on the Front Line";
    private static final String SEPTEMBER = "Social Innovation for Migrant Integration";

    @TempDir
    Path dir;
    private Book book;
    private EventListViewModel model;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final boolean[] stayed = {false};

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), NOW);
        book.samples().load();
        model = new EventListViewModel(book.events(), book.directory(), book.calendar(), new InPlaceTaskRunner(),
                dialogs, new FakeNotifier(), NOW, Preferences.DEFAULT_ZONES, new SimpleStringProperty(""),
                book.registrations());
        model.refresh();
        choose(MAY);
    }

    @AfterEach
    void close() {
        book.close();
    }

    private EventRow row(String title) {
        return model.rows().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    private void choose(String title) {
        model.choose(row(title), () -> stayed[0] = true);
    }

    private String storedSubtitle(String title) {
        return book.events().get(row(title).id()).subtitle();
    }

    @Test
    void cancelKeepsTheEventAndTheEdit() {
        model.form().subtitleProperty().set("A new subtitle");
        dialogs.answeringSave(SaveChoice.CANCEL);

        choose(SEPTEMBER);

        assertThat(dialogs.saveQuestions).containsExactly(
                "Save changes to ‘" + MAY + "’?: If you don’t save them, your changes are lost.");
        assertThat(stayed[0]).isTrue();
        assertThat(model.selectedProperty().get().title()).isEqualTo(MAY);
        assertThat(model.form().subtitleProperty().get()).isEqualTo("A new subtitle");
        assertThat(model.guard().dirtyProperty().get()).isTrue();
    }

    @Test
    void discardShowsTheOtherEventAndComingBackShowsTheStoredOne() {
        String stored = storedSubtitle(MAY);
        model.form().subtitleProperty().set("A new subtitle");
        dialogs.answeringSave(SaveChoice.DISCARD);

        choose(SEPTEMBER);
        assertThat(model.form().titleProperty().get()).isEqualTo(SEPTEMBER);
        choose(MAY);

        assertThat(model.form().subtitleProperty().get()).isEqualTo(stored);
        assertThat(storedSubtitle(MAY)).isEqualTo(stored);
        assertThat(dialogs.saveQuestions).hasSize(1);
        assertThat(model.guard().dirtyProperty().get()).isFalse();
    }

    @Test
    void saveStoresTheEditThenShowsTheOtherEvent() {
        model.form().subtitleProperty().set("A new subtitle");
        dialogs.answeringSave(SaveChoice.SAVE);

        choose(SEPTEMBER);

        assertThat(storedSubtitle(MAY)).isEqualTo("A new subtitle");
        assertThat(model.selectedProperty().get().title()).isEqualTo(SEPTEMBER);
        assertThat(model.form().titleProperty().get()).isEqualTo(SEPTEMBER);
    }

    @Test
    void saveOfAFormThatIsNotValidStaysOnIt() {
        model.form().titleProperty().set("");
        dialogs.answeringSave(SaveChoice.SAVE);

        choose(SEPTEMBER);

        assertThat(stayed[0]).isTrue();
        assertThat(model.selectedProperty().get().title()).isEqualTo(MAY);
        assertThat(model.form().titleErrorProperty().get()).isEqualTo("Give the event a title.");
        assertThat(book.events().get(row(MAY).id()).title()).isEqualTo(MAY);
    }

    @Test
    void aNewEventAsksFirstToo() {
        model.form().subtitleProperty().set("A new subtitle");
        dialogs.answeringSave(SaveChoice.CANCEL);

        model.newEvent();

        assertThat(model.creatingProperty().get()).isFalse();
        assertThat(model.form().subtitleProperty().get()).isEqualTo("A new subtitle");
    }

    @Test
    void aReloadOfTheListKeepsTheEditsOfADirtyForm() {
        model.form().subtitleProperty().set("A new subtitle");
        // Another window changes the event meanwhile; the list is read again.
        book.events().update(book.events().get(row(MAY).id()).toBuilder().platform("Zoom").build());

        model.refresh();
        model.refreshFigures();

        assertThat(dialogs.saveQuestions).isEmpty();
        assertThat(model.selectedProperty().get().title()).isEqualTo(MAY);
        assertThat(model.form().subtitleProperty().get()).isEqualTo("A new subtitle");
        assertThat(model.form().dirtyProperty().get()).isTrue();
    }

    @Test
    void aNewEventsFormOpensCleanAndShowsItsErrorsOnceTouchedOrSaved() {
        model.newEvent();

        assertThat(model.form().titleErrorProperty().get()).as("untouched").isEmpty();
        assertThat(model.form().errorsShownProperty().get()).isFalse();
        assertThat(model.form().validProperty().get()).as("still not valid").isFalse();

        model.save();
        assertThat(model.form().titleErrorProperty().get()).as("after Save").isEqualTo("Give the event a title.");

        model.newEvent();
        assertThat(model.form().titleErrorProperty().get()).isEmpty();
        model.form().capacityProperty().set("lots");
        assertThat(model.form().titleErrorProperty().get()).as("once touched").isEqualTo("Give the event a title.");
    }

    @Test
    void escapeRevertsTheFormAndANewOneStaysEmpty() {
        String stored = storedSubtitle(MAY);
        model.form().subtitleProperty().set("A new subtitle");
        model.revert();
        assertThat(model.form().subtitleProperty().get()).isEqualTo(stored);

        model.newEvent();
        model.form().titleProperty().set("Draft");
        model.revert();
        assertThat(model.form().titleProperty().get()).isEmpty();
        assertThat(model.form().dirtyProperty().get()).isFalse();
    }

    @Test
    void anOpenRegistrantFormIsAskedAboutBeforeAnotherEvent() {
        model.registrants().activeProperty().set(true);
        model.registrants().add();
        model.registrants().form().emailProperty().set("ana@example.org");
        dialogs.answeringSave(SaveChoice.CANCEL);

        choose(SEPTEMBER);

        assertThat(dialogs.saveQuestions).containsExactly(
                "Save changes to ‘ana@example.org’?: If you don’t save them, your changes are lost.");
        assertThat(model.selectedProperty().get().title()).isEqualTo(MAY);
        assertThat(model.registrants().form().openProperty().get()).isTrue();

        dialogs.answeringSave(SaveChoice.SAVE);
        choose(SEPTEMBER);
        assertThat(book.registrations().findByEmail(row(MAY).id(), "ana@example.org")).isPresent();
        assertThat(model.selectedProperty().get().title()).isEqualTo(SEPTEMBER);
    }

    @Test
    void ctrlOneToFiveChooseTheTabAndANewEventOpensOnTheForm() {
        model.tabProperty().set(3);
        model.newEvent();
        assertThat(model.tabProperty().get()).isZero();
        assertThat(model.newFormsProperty().get()).isEqualTo(1);
    }
}
