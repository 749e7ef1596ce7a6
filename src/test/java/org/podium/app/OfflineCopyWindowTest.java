package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
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
import org.podium.service.common.Progress;
import org.podium.store.Database;
import org.podium.store.EventStore;
import org.podium.store.TestPostgres;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FxTaskRunner;
import org.podium.ui.common.TaskRunner;
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
    /** Holds the copy at its first report until the test opens it, so a click lands while it runs. */
    private final CountDownLatch gate = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        book = Composition.openTeamBook(TestPostgres.newDatabase(), Optional.empty(), NOW);
        book.samples().loadWithoutRegistrants();
        book.samples().markOffered();
        copy = dir.resolve("offline-" + System.nanoTime() + ".db");
        ShellViewModel shell = new ShellViewModel(book, new GatedRunner(gate), new FakeDialogService().savingTo(copy),
                NOW, Preferences.DEFAULT_ZONES);
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

        gate.countDown();
        Coordinator coordinator = new Coordinator(robot);
        coordinator.menu("File", "Save a copy for offline work…");

        Coordinator.waitFor(() -> coordinator.notice().startsWith("Saved a copy for offline work to " + copy));
        try (Database laptop = Database.open(copy, NOW)) {
            assertThat(new EventStore(laptop).all()).hasSize(2).extracting(e -> e.uid()).containsExactlyInAnyOrderElementsOf(
                    book.events().list().stream().map(e -> e.event().uid()).toList());
        }
        assertThat(Files.exists(copy)).isTrue();
    }

    @Test
    void theStatusBarsCancelStopsTheCopyAndLeavesNoFile(FxRobot robot) throws Exception {
        Coordinator coordinator = new Coordinator(robot);
        coordinator.menu("File", "Save a copy for offline work…");
        Coordinator.waitFor(() -> robot.lookup("#" + ShellView.CANCEL_TASK_ID).tryQuery().map(Node::isVisible)
                .orElse(false));

        robot.clickOn("#" + ShellView.CANCEL_TASK_ID);
        gate.countDown();

        Coordinator.waitFor(() -> coordinator.notice().equals("The copy for offline work was cancelled; no file was"
                + " written."));
        assertThat(robot.lookup("#" + ShellView.CANCEL_TASK_ID).query().isVisible()).isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            String name = copy.getFileName().toString();
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.contains(name));
        }
    }

    /** The window's runner, but its work waits at its first report until the gate opens. */
    private record GatedRunner(TaskRunner runner, CountDownLatch gate) implements TaskRunner {
        GatedRunner(CountDownLatch gate) {
            this(new FxTaskRunner(), gate);
        }

        @Override
        public <T> void run(String description, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            runner.run(description, progress -> work.run(new Progress() {
                @Override
                public void update(long done, long total) {
                    progress.update(done, total);
                    try {
                        gate.await(15, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }

                @Override
                public boolean cancelled() {
                    return progress.cancelled();
                }
            }), onSuccess, onFailure);
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return runner.busyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return runner.messageProperty();
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return runner.progressProperty();
        }

        @Override
        public void cancel() {
            runner.cancel();
        }
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
