package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.Book;
import org.podium.service.common.Preferences;
import org.podium.store.Database;
import org.podium.store.EventStore;
import org.podium.store.TestPostgres;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FxTaskRunner;
import org.podium.ui.shell.ShellView;
import org.podium.ui.shell.ShellViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The File menu on a team book, headless: it saves a laptop copy for offline work, and Restore
 * is off, saying why. The shell is built as the window builds it, with a file chooser that
 * answers with a file (the system's own cannot be driven headless).
 */
@ExtendWith(ApplicationExtension.class)
class OfflineCopyWindowTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    @TempDir
    static Path dir;
    private Book book;
    private Path copy;

    @Start
    void start(Stage stage) {
        book = Composition.openTeamBook(TestPostgres.newDatabase(), Optional.empty(), NOW);
        book.samples().loadWithoutRegistrants();
        book.samples().markOffered();
        copy = dir.resolve("offline-" + System.nanoTime() + ".db");
        ShellViewModel shell = new ShellViewModel(book, new FxTaskRunner(), new FakeDialogService().savingTo(copy), NOW,
                Preferences.DEFAULT_ZONES);
        stage.setScene(new Scene(new ShellView(shell, new NoActions()).build(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void fileSavesACopyForOfflineWorkAndRestoreIsOffSayingTheServerRestoresIt(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem restore = item(bar, ShellView.RESTORE_ID);
        assertThat(restore.isDisable()).isTrue();
        assertThat(((Label) ((CustomMenuItem) restore).getContent()).getTooltip().getText())
                .contains("pg_restore").contains("Save a copy for offline work");
        assertThat(book.backups().atStart().dailyTaken()).as("no daily copy of a team book").isEmpty();

        Coordinator coordinator = new Coordinator(robot);
        coordinator.menu("File", "Save a copy for offline work…");

        Coordinator.waitFor(() -> coordinator.notice().startsWith("Saved a copy for offline work to " + copy));
        try (Database laptop = Database.open(copy, NOW)) {
            assertThat(new EventStore(laptop).all()).hasSize(2).extracting(e -> e.uid()).containsExactlyInAnyOrderElementsOf(
                    book.events().list().stream().map(e -> e.event().uid()).toList());
        }
        assertThat(Files.exists(copy)).isTrue();
    }

    private static MenuItem item(MenuBar bar, String id) {
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    /** The menus' other actions, which this test does not use. */
    private static final class NoActions implements ShellView.Actions {
        @Override
        public void openPreferences() {
        }

        @Override
        public void showAbout() {
        }

        @Override
        public void quit() {
        }

        @Override
        public void restoreBook(Path source) {
        }

        @Override
        public void openUserGuide() {
        }

        @Override
        public void openTeamBook() {
        }

        @Override
        public void openLaptopBook() {
        }
    }
}
