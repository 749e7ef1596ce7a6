package org.podium.ui.events;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.domain.EventStatus;
import org.podium.service.Book;
import org.podium.service.common.Preferences;
import org.podium.ui.common.EventRow;
import org.podium.ui.common.FakeNotifier;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.InPlaceTaskRunner;

import static org.assertj.core.api.Assertions.assertThat;

class EventListViewModelTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Book book;
    private final SimpleStringProperty search = new SimpleStringProperty("");
    private EventListViewModel model;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakeNotifier notifier = new FakeNotifier();

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), NOW);
        book.samples().load();
        ZoneId rome = ZoneId.of("Europe/Rome");
        book.events().add(Event.builder("Later webinar", LocalDateTime.parse("2027-02-10T10:00"), rome, 60).build());
        book.events().add(Event.builder("Sooner webinar", LocalDateTime.parse("2026-12-01T15:00"), rome, 90).build());
        model = new EventListViewModel(book.events(), book.directory(), book.calendar(), new InPlaceTaskRunner(),
                dialogs, notifier, NOW, Preferences.DEFAULT_ZONES, search, book.registrations());
        model.refresh();
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void upcomingEventsComeFirstSoonestFirstThenPastMostRecentFirst() {
        assertThat(model.rows()).extracting(EventRow::title).containsExactly("Sooner webinar", "Later webinar",
                "Social Innovation for Migrant Integration", "European Cities on the Front Line");
        assertThat(model.rows()).extracting(EventRow::upcoming).containsExactly(true, true, false, false);
    }

    @Test
    void rowsShowDateTimeWithTheZoneAbbreviationAndTheStatus() {
        EventRow sooner = model.rows().get(0);
        assertThat(sooner.when()).isEqualTo("1 Dec 2026 · 15:00 CET");
        assertThat(sooner.status()).isEqualTo(EventStatus.SCHEDULED);
        EventRow may = model.rows().get(3);
        assertThat(may.when()).isEqualTo("28 May 2020 · 10:00 CEST");
        assertThat(may.statusText()).isEqualTo("Concluded");
    }

    @Test
    void theFirstEventIsSelectedAndItsDetailsLoaded() {
        assertThat(model.selectedProperty().get().title()).isEqualTo("Sooner webinar");
        model.selectedProperty().set(model.rows().get(2));
        assertThat(model.detailsProperty().get()).hasValueSatisfying(d -> {
            assertThat(d.event().secondTitle()).startsWith("Innovazione Sociale");
            assertThat(d.seats()).hasSize(5);
        });
    }

    @Test
    void refreshingTheFiguresKeepsUnsavedEditsOfTheSelectedEvent() {
        EventRow sooner = model.selectedProperty().get();
        model.form().titleProperty().set("Sooner webinar, renamed but not saved");
        book.registrations().add(org.podium.domain.Registration.of(sooner.id(), "ana@example.org", "Ana", "Rossi",
                java.time.Instant.parse("2026-11-20T10:00:00Z")));

        model.refreshFigures();

        assertThat(model.selectedProperty().get().registrants()).isEqualTo(1);
        assertThat(model.form().titleProperty().get()).isEqualTo("Sooner webinar, renamed but not saved");
    }

    @Test
    void searchMatchesTitlesAndSubtitlesIgnoringCase() {
        search.set("PANDEMIC");
        assertThat(model.rows()).extracting(EventRow::title).containsExactly("Social Innovation for Migrant Integration");
        search.set("");
        assertThat(model.rows()).hasSize(4);
    }

    @Test
    void filtersBySeriesStatusAndFormatCombineWithTheSearch() {
        model.seriesFilterProperty().set(model.seriesChoices().get(0));
        assertThat(model.rows()).extracting(EventRow::title).containsExactly(
                "Social Innovation for Migrant Integration", "European Cities on the Front Line");
        model.seriesFilterProperty().set(null);
        model.statusFilterProperty().set(EventStatus.SCHEDULED);
        assertThat(model.rows()).extracting(EventRow::title).containsExactly("Sooner webinar", "Later webinar");
        model.kindFilterProperty().set(org.podium.domain.EventKind.PANEL);
        assertThat(model.rows()).isEmpty();
        model.kindFilterProperty().set(null);
        search.set("later");
        assertThat(model.rows()).extracting(EventRow::title).containsExactly("Later webinar");
    }

    @Test
    void duplicatingAsksForTheNewStartAndSelectsTheCopy() {
        model.selectedProperty().set(model.rows().get(3));
        dialogs.typingDateTime(LocalDateTime.parse("2027-05-27T10:00"));
        model.duplicateSelected();
        assertThat(dialogs.questions).singleElement().asString().as("suggests a future date, same time")
                .contains("T10:00").doesNotContain("2020");
        assertThat(model.selectedProperty().get().title()).isEqualTo("European Cities on the Front Line");
        assertThat(model.selectedProperty().get().day()).isEqualTo(java.time.LocalDate.parse("2027-05-27"));
        assertThat(model.selectedProperty().get().upcoming()).isTrue();
        assertThat(model.rows()).hasSize(5);
    }

    @Test
    void cancellingTheDuplicateQuestionChangesNothing() {
        model.selectedProperty().set(model.rows().get(3));
        model.duplicateSelected();
        assertThat(model.rows()).hasSize(4);
    }

    @Test
    void deletingAsksFirstAndCanBeUndone() {
        EventRow sooner = model.rows().get(0);
        model.selectedProperty().set(sooner);
        model.deleteSelected();
        assertThat(model.rows()).as("answered no").hasSize(4);

        dialogs.answering(true);
        model.deleteSelected();
        assertThat(model.rows()).extracting(EventRow::title).doesNotContain("Sooner webinar");
        assertThat(notifier.undo).isNotNull();
        notifier.undo.run();
        assertThat(model.rows()).extracting(EventRow::title).contains("Sooner webinar");
        assertThat(model.selectedProperty().get().id()).isEqualTo(sooner.id());
    }

    @Test
    void theCalendarFileIsSavedWhereTheUserChooses() throws Exception {
        Path target = dir.resolve("out").resolve("webinar.ics");
        java.nio.file.Files.createDirectories(target.getParent());
        model.selectedProperty().set(model.rows().get(0));
        dialogs.savingTo(target);
        model.saveCalendarFile();
        assertThat(dialogs.errors).isEmpty();
        assertThat(java.nio.file.Files.readString(target)).contains("BEGIN:VCALENDAR", "SUMMARY:Sooner webinar");
        assertThat(dialogs.questions).singleElement().asString().contains("[Sooner webinar.ics]");
    }

    @Test
    void aCalendarFileThatCannotBeWrittenIsReportedAndLeavesNothing() {
        Path target = dir.resolve("no-such-folder").resolve("webinar.ics");
        model.selectedProperty().set(model.rows().get(0));
        dialogs.savingTo(target);
        model.saveCalendarFile();
        assertThat(dialogs.errors).singleElement().asString().contains("no-such-folder");
        assertThat(target).doesNotExist();
    }

    @Test
    void fileNamesFromTitlesDropCharactersFileSystemsRefuse() {
        assertThat(EventListViewModel.fileName("Cities: what/next?")).isEqualTo("Cities what next");
        assertThat(EventListViewModel.fileName("///")).isEqualTo("event");
    }

    @Test
    void newEventClearsTheSelectionAndSavingSelectsIt() {
        model.newEvent();
        assertThat(model.creatingProperty().get()).isTrue();
        assertThat(model.selectedProperty().get()).isNull();
        model.form().titleProperty().set("Brand new");
        model.form().save(model::saved);
        assertThat(model.creatingProperty().get()).isFalse();
        assertThat(model.selectedProperty().get().title()).isEqualTo("Brand new");
        assertThat(notifier.messages).contains("Saved “Brand new”.");
    }

    @Test
    void theEmptyListSaysLoadingThenNoMatchForTheSearchNotNoEventsYet() {
        InPlaceTaskRunner runner = new InPlaceTaskRunner().holding();
        EventListViewModel slow = new EventListViewModel(book.events(), book.directory(), book.calendar(), runner,
                dialogs, notifier, NOW, Preferences.DEFAULT_ZONES, search, book.registrations());
        slow.refresh();
        assertThat(slow.placeholderProperty().get()).isEqualTo("Loading events…");
        runner.finishHeld();

        search.set("zebra");
        assertThat(slow.rows()).isEmpty();
        assertThat(slow.placeholderProperty().get()).isEqualTo("No events match ‘zebra’.");
        search.set("");
        slow.statusFilterProperty().set(EventStatus.CANCELLED);
        assertThat(slow.placeholderProperty().get()).isEqualTo("No events match the chosen filters.");
        slow.statusFilterProperty().set(null);
        assertThat(slow.placeholderProperty().get()).startsWith("No events yet.");
    }
}
