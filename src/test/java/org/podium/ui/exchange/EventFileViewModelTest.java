package org.podium.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.service.Book;
import org.podium.service.events.EventSummary;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FakeNotifier;
import org.podium.ui.common.InPlaceTaskRunner;
import org.podium.ui.common.EventRow;

class EventFileViewModelTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Book laptop;
    Book other;
    final FakeNotifier notifier = new FakeNotifier();

    @BeforeEach
    void open() {
        laptop = Composition.openBook(dir.resolve("laptop.db"), NOW);
        other = Composition.openBook(dir.resolve("other.db"), NOW);
        laptop.samples().load();
    }

    @AfterEach
    void close() {
        laptop.close();
        other.close();
    }

    private static EventRow row(EventSummary s) {
        return new EventRow(s.event().id(), s.event().title(), "", "", s.shownStatus(), "", s.registrants(), false,
                null, s.event().kind(), s.event().start().toLocalDate(), "");
    }

    @Test
    void anEventSavedOnOneLaptopOpensOnTheOtherAndTheResultIsTold() {
        Path file = dir.resolve("cities.json");
        EventRow selected = row(laptop.events().list().get(1));
        new EventFileViewModel(laptop.eventFiles(), new InPlaceTaskRunner(), new FakeDialogService().savingTo(file),
                notifier, new SimpleObjectProperty<>(selected), id -> { }, false).exportSelected();
        assertThat(file).isRegularFile();
        assertThat(notifier.messages).singleElement().asString().startsWith("Saved “European Cities on the Front Line”");

        FakeDialogService dialogs = new FakeDialogService().opening(file);
        long[] shown = {0};
        new EventFileViewModel(other.eventFiles(), new InPlaceTaskRunner(), dialogs, notifier,
                new SimpleObjectProperty<>(), id -> shown[0] = id, false).importFile();

        assertThat(dialogs.informations).singleElement().asString()
                .contains("Added “European Cities on the Front Line”.")
                .contains("Organisations: 7 added, 0 updated, 0 unchanged, 0 removed");
        assertThat(shown[0]).isEqualTo(other.events().list().get(0).event().id());
    }

    @Test
    void anItalianWindowRefusesABadFileInItalianNamingTheFileAndTheField() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"format\":\"podium-event\",\"version\":1,"
                + "\"event\":\"28 May\"}");
        FakeDialogService dialogs = new FakeDialogService().opening(file);
        org.podium.ui.common.Messages.use(java.util.Locale.ITALIAN);
        try {
            new EventFileViewModel(other.eventFiles(), new InPlaceTaskRunner(), dialogs, notifier,
                    new SimpleObjectProperty<>(), id -> { }, false).importFile();
        } finally {
            org.podium.ui.common.Messages.use(java.util.Locale.ENGLISH);
        }
        assertThat(dialogs.errors).singleElement().asString().endsWith(": " + file.toAbsolutePath()
                + ": event: serve un oggetto, non '28 May'").doesNotContain("expected");
        assertThat(other.events().list()).isEmpty();
    }

    @Test
    void anItalianWindowSaysWhyAnEventFileCannotBeWrittenInItalian() {
        Path folder = dir.resolve("gone");
        Path file = folder.resolve("cities.json");
        FakeDialogService dialogs = new FakeDialogService().savingTo(file);
        EventRow selected = row(laptop.events().list().get(1));
        org.podium.ui.common.Messages.use(java.util.Locale.ITALIAN);
        try {
            new EventFileViewModel(laptop.eventFiles(), new InPlaceTaskRunner(), dialogs, notifier,
                    new SimpleObjectProperty<>(selected), id -> { }, false).exportSelected();
        } finally {
            org.podium.ui.common.Messages.use(java.util.Locale.ENGLISH);
        }
        assertThat(dialogs.errors).singleElement().asString().endsWith(": Impossibile scrivere " + file
                + ": la cartella " + folder + " non esiste");
    }

    @Test
    void aBadFileIsRefusedWithItsReasonAndNothingChanges() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"format\":\"podium-event\",\"version\":7}");
        FakeDialogService dialogs = new FakeDialogService().opening(file);
        new EventFileViewModel(other.eventFiles(), new InPlaceTaskRunner(), dialogs, notifier,
                new SimpleObjectProperty<>(), id -> { }, false).importFile();
        assertThat(dialogs.errors).singleElement().asString().contains("nothing was changed").contains("newer Podium");
        assertThat(other.events().list()).isEmpty();
    }

    @Test
    void withoutASelectedEventItSaysToSelectOne() {
        FakeDialogService dialogs = new FakeDialogService();
        new EventFileViewModel(laptop.eventFiles(), new InPlaceTaskRunner(), dialogs, notifier,
                new SimpleObjectProperty<>(), id -> { }, false).exportSelected();
        assertThat(dialogs.informations).singleElement().asString().contains("Select an event");
    }
}
