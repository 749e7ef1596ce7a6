package org.podium.ui.trash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.service.Book;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FakeNotifier;
import org.podium.ui.common.InPlaceTaskRunner;

class TrashViewModelTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Book book;
    final FakeNotifier notifier = new FakeNotifier();
    final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("podium.db"), NOW);
        book.samples().load();
        book.events().moveToTrash(book.events().list().get(0).event().id());
    }

    @AfterEach
    void close() {
        book.close();
    }

    private TrashViewModel model(FakeDialogService dialogs, boolean readOnly) {
        TrashViewModel model = new TrashViewModel(book.trash(), new InPlaceTaskRunner(), dialogs, notifier,
                changes::incrementAndGet, readOnly, ZoneOffset.UTC);
        model.refresh();
        return model;
    }

    @Test
    void aRestoredEventLeavesTheTrashAndTheListsReload() {
        TrashViewModel model = model(new FakeDialogService(), false);
        assertThat(model.rows()).extracting(TrashViewModel.Row::kindText).containsExactly("Event");
        model.selectedProperty().set(model.rows().get(0));

        model.restoreSelected();

        assertThat(model.rows()).isEmpty();
        assertThat(book.events().list()).hasSize(2);
        assertThat(notifier.messages).singleElement().asString().startsWith("Restored “Social Innovation");
        assertThat(changes).hasValue(1);
    }

    @Test
    void emptyingAsksFirstAndDeletesForGoodOnlyOnYes() {
        FakeDialogService no = new FakeDialogService().answering(false);
        model(no, false).empty();
        assertThat(no.confirmations).singleElement().asString().contains("One event (with their registrants) and no people").contains("cannot be undone");
        assertThat(book.trash().list()).hasSize(1);

        TrashViewModel model = model(new FakeDialogService().answering(true), false);
        model.empty();
        assertThat(model.rows()).isEmpty();
        assertThat(book.trash().list()).isEmpty();
        assertThat(book.events().list()).hasSize(1);
    }

    @Test
    void aReadOnlyBookOnlyShowsTheTrash() {
        FakeDialogService dialogs = new FakeDialogService().answering(true);
        TrashViewModel model = model(dialogs, true);
        model.selectedProperty().set(model.rows().get(0));
        model.restoreSelected();
        model.empty();
        assertThat(dialogs.questions).isEmpty();
        assertThat(book.trash().list()).hasSize(1);
    }
}
