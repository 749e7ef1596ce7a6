package org.podium.ui.backup;

import org.podium.service.book.BackupService;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.service.Book;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.InPlaceTaskRunner;

/** The Restore dialog checks a choice, asks, and only then hands it to the window. */
class RestoreViewModelTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Book book;
    final List<Path> restored = new ArrayList<>();

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("podium.db"), NOW);
        book.samples().load();
        book.backups().atStart();
    }

    @AfterEach
    void close() {
        book.close();
    }

    private RestoreViewModel model(FakeDialogService dialogs) {
        return new RestoreViewModel(book.backups(), new InPlaceTaskRunner(), dialogs, restored::add);
    }

    @Test
    void theListShowsTheCopiesAndAConfirmedChoiceGoesToTheWindow() {
        FakeDialogService dialogs = new FakeDialogService().answering(true);
        RestoreViewModel model = model(dialogs);
        model.refresh();
        assertThat(model.rows()).extracting(RestoreViewModel.Row::name).containsExactly("podium-2026-11-23-daily.db");
        assertThat(model.rows().get(0).kind()).isEqualTo("Daily");

        model.selectedProperty().set(model.rows().get(0));
        model.restoreSelected();

        assertThat(dialogs.confirmations).singleElement().asString().contains("2 events").contains("6 people");
        assertThat(restored).containsExactly(dir.resolve("backups").resolve("podium-2026-11-23-daily.db").toAbsolutePath());
        assertThat(model.closeRequestedProperty().get()).isTrue();
    }

    @Test
    void aCopyIsDatedAsTheRestOfPodiumDatesAndTimesThings() {
        Path file = dir.resolve("backups").resolve("podium-2020-05-28-daily.db");
        assertThat(RestoreViewModel.row(new BackupService.Copy(file, BackupService.Kind.DAILY,
                LocalDateTime.of(2020, 5, 28, 9, 5), 2048)).taken()).isEqualTo("28 May 2020 09:05");
        assertThat(RestoreViewModel.row(new BackupService.Copy(file, BackupService.Kind.PRE_RESTORE,
                LocalDateTime.of(2020, 9, 24, 17, 30), 2048)).taken()).isEqualTo("24 Sep 2020 17:30");
    }

    @Test
    void declinedNothingHappens() {
        RestoreViewModel model = model(new FakeDialogService().answering(false));
        model.refresh();
        model.selectedProperty().set(model.rows().get(0));
        model.restoreSelected();
        assertThat(restored).isEmpty();
    }

    @Test
    void aFileThatIsNotABookIsRefusedWithItsReasonBeforeAnyQuestion() throws Exception {
        Path junk = Files.writeString(dir.resolve("holiday-photos.db"), "not a database");
        FakeDialogService dialogs = new FakeDialogService().answering(true).opening(junk);

        model(dialogs).restoreFromFile();

        assertThat(dialogs.errors).singleElement().asString().startsWith("This file cannot be restored")
                .contains("not a Podium book");
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(restored).isEmpty();
    }
}
