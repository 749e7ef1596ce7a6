package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.Book;
import org.podium.service.events.EventSummary;
import org.podium.ui.events.EventListView;
import org.podium.ui.common.EventRow;
import org.podium.ui.trash.TrashView;
import org.podium.ui.trash.TrashViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.app.Coordinator.waitFor;

/** The Trash dialog in the real window, headless: what was deleted waits there and comes back whole. */
@ExtendWith(ApplicationExtension.class)
class TrashWindowTest {
    private static final String MAY = "European Cities on the Front Line";
    private static final String SEPTEMBER = "Social Innovation for Migrant Integration";

    @TempDir
    static Path dir;
    private Book book;

    @Start
    void start(Stage stage) {
        book = Composition.openBook(dir.resolve("trash-" + System.nanoTime() + ".db"), Clock.systemUTC());
        book.samples().load();
        book.samples().markOffered();
        PodiumWindow.show(stage, book, dir.resolve("preferences.properties"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        book.close();
    }

    private boolean inBook(String title) {
        return book.events().list().stream().map(EventSummary::event).anyMatch(e -> e.title().equals(title));
    }

    private void deleteWithTheKey(FxRobot robot, Coordinator hands, String title) throws Exception {
        TableView<EventRow> events = hands.table(EventListView.TABLE_ID);
        robot.clickOn(title).type(KeyCode.DELETE);
        hands.answer("Delete this event?", "Move to trash");
        waitFor(() -> events.getItems().stream().noneMatch(r -> r.title().equals(title)));
    }

    @Test
    void aDeletedEventWaitsInTheTrashAndIsRestoredWithItsRegistrants(FxRobot robot) throws Exception {
        Coordinator hands = new Coordinator(robot);
        TableView<EventRow> events = hands.table(EventListView.TABLE_ID);
        waitFor(() -> events.getItems().size() == 2);
        long may = events.getItems().stream().filter(r -> r.title().equals(MAY)).findFirst().orElseThrow().id();
        int registrants = book.registrations().lines(may).size();
        deleteWithTheKey(robot, hands, MAY);
        assertThat(inBook(MAY)).isFalse();

        hands.menu("File", "Trash…");
        hands.dialog("Trash");
        TableView<TrashViewModel.Row> trash = hands.table(TrashView.TABLE_ID);
        waitFor(() -> trash.getItems().size() == 1);
        assertThat(trash.getItems().get(0).kindText()).isEqualTo("Event");
        assertThat(trash.getItems().get(0).name()).isEqualTo(MAY);

        robot.clickOn(robot.from(trash).lookup(MAY).queryLabeled());
        robot.clickOn("#" + TrashView.RESTORE_ID);
        waitFor(trash.getItems()::isEmpty);
        assertThat(robot.lookup("The trash is empty.").tryQuery()).isPresent();
        hands.close("Trash");

        waitFor(() -> events.getItems().size() == 2);
        assertThat(hands.notice()).isEqualTo("Restored “" + MAY + "”.");
        assertThat(inBook(MAY)).isTrue();
        assertThat(book.registrations().lines(may)).hasSize(registrants);
    }

    @Test
    void emptyingTheTrashAsksFirstAndThenDeletesForGood(FxRobot robot) throws Exception {
        Coordinator hands = new Coordinator(robot);
        TableView<EventRow> events = hands.table(EventListView.TABLE_ID);
        waitFor(() -> events.getItems().size() == 2);
        deleteWithTheKey(robot, hands, SEPTEMBER);

        hands.menu("File", "Trash…");
        hands.dialog("Trash");
        TableView<TrashViewModel.Row> trash = hands.table(TrashView.TABLE_ID);
        waitFor(() -> trash.getItems().size() == 1);
        robot.clickOn("#" + TrashView.EMPTY_ID);
        hands.answer("Empty the trash?", "Cancel");
        assertThat(trash.getItems()).hasSize(1);
        assertThat(book.events().trash()).hasSize(1);

        robot.clickOn("#" + TrashView.EMPTY_ID);
        hands.answer("Empty the trash?", "Delete for good");
        waitFor(trash.getItems()::isEmpty);
        assertThat(book.events().trash()).isEmpty();
        assertThat(inBook(SEPTEMBER)).isFalse();
        hands.close("Trash");
        assertThat(hands.notice()).isEqualTo("Deleted for good: one event, no people.");
    }
}
