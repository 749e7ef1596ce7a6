package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.Book;
import org.podium.service.events.EventSummary;
import org.podium.ui.backup.RestoreView;
import org.podium.ui.backup.RestoreViewModel;
import org.podium.ui.events.EventListView;
import org.podium.ui.common.EventRow;
import org.podium.ui.shell.ShellView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.app.Coordinator.waitFor;

/** File → Restore in the real window, headless: a backup brings the book back as it was. */
@ExtendWith(ApplicationExtension.class)
class RestoreWindowTest {
    private static final String MAY = "European Cities on the Front Line";

    @TempDir
    static Path dir;
    private Book book;
    private PodiumWindow window;

    @Start
    void start(Stage stage) {
        book = Composition.openBook(dir.resolve("restore-" + System.nanoTime() + ".db"), Clock.systemUTC());
        book.samples().load();
        book.samples().markOffered();
        book.backups().backUpToday();
        window = PodiumWindow.show(stage, book, dir.resolve("preferences.properties"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        window.book().close();
    }

    private static boolean holds(Book book, String title) {
        return book.events().list().stream().map(EventSummary::event).anyMatch(e -> e.title().equals(title));
    }

    @Test
    void theDailyBackupBringsBackAnEventDeletedSinceAndSaysSoWholeInTheStatusBar(FxRobot robot) throws Exception {
        Coordinator hands = new Coordinator(robot);
        TableView<EventRow> events = hands.table(EventListView.TABLE_ID);
        waitFor(() -> events.getItems().size() == 2);
        robot.clickOn(MAY).type(KeyCode.DELETE);
        hands.answer("Delete this event?", "Move to trash");
        waitFor(() -> events.getItems().size() == 1);
        hands.menu("File", "Trash…");
        hands.dialog("Trash");
        robot.clickOn("#" + org.podium.ui.trash.TrashView.EMPTY_ID);
        hands.answer("Empty the trash?", "Delete for good");
        waitFor(() -> book.events().trash().isEmpty());
        hands.close("Trash");
        assertThat(holds(book, MAY)).as("gone for good").isFalse();

        hands.menu("File", "Restore…");
        hands.dialog("Restore");
        TableView<RestoreViewModel.Row> copies = hands.table(RestoreView.TABLE_ID);
        waitFor(() -> copies.getItems().stream().anyMatch(r -> r.kind().equals("Daily")));
        RestoreViewModel.Row daily = copies.getItems().stream().filter(r -> r.kind().equals("Daily")).findFirst()
                .orElseThrow();
        robot.clickOn(robot.from(copies).lookup(daily.name()).queryLabeled());
        robot.clickOn("#" + RestoreView.RESTORE_ID);
        hands.answer("Restore this backup?", "Restore");
        hands.closed("Restore");

        // The window is built again on the restored book.
        waitFor(() -> window.book() != book && hands.rowsShown(EventListView.TABLE_ID) == 2);
        assertThat(holds(window.book(), MAY)).isTrue();
        assertThat(hands.table(EventListView.TABLE_ID).getItems()).extracting(r -> ((EventRow) r).title()).contains(MAY);
        waitFor(() -> hands.notice().startsWith("Restored from " + daily.name()));
        assertThat(hands.notice()).endsWith("-pre-restore.db.");

        // Nothing in the status bar is cut short: the book's path nor the notice.
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Label path = robot.lookup("#" + ShellView.STATUS_ID).queryAs(Label.class);
        Node bar = path.getParent();
        assertThat(CutText.under(bar, "status bar")).isEmpty();
        assertThat(path.getText()).contains(window.book().name());
    }
}
