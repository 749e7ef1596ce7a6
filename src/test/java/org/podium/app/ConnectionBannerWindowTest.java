package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.app.Coordinator.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.Book;
import org.podium.ui.events.EventListView;
import org.podium.ui.shell.ShellView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The banner of a lost team book server, in the real window at 1280×800: it comes and goes
 * without moving anything the coordinator may be pointing at, and shows its sentence.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionBannerWindowTest {
    @TempDir
    static Path dir;
    private Book book;
    private PodiumWindow window;

    @Start
    void start(Stage stage) {
        book = Composition.openBook(dir.resolve("banner-" + System.nanoTime() + ".db"), Clock.systemUTC());
        book.samples().loadWithoutRegistrants();
        book.samples().markOffered();
        window = PodiumWindow.show(stage, book, dir.resolve("preferences.properties"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        book.close();
    }

    private static Bounds onScreen(FxRobot robot, String id) {
        Node node = robot.lookup("#" + id).query();
        return node.localToScene(node.getLayoutBounds());
    }

    @Test
    void theBannerComesAndGoesWithoutMovingWhatIsUnderThePointer(FxRobot robot) throws Exception {
        Coordinator hands = new Coordinator(robot);
        waitFor(() -> hands.rowsShown(EventListView.TABLE_ID) == 2);
        Bounds table = onScreen(robot, EventListView.TABLE_ID);
        Bounds search = onScreen(robot, ShellView.SEARCH_ID);
        Label banner = robot.lookup("#" + ShellView.CONNECTION_LOST_ID).queryAs(Label.class);
        assertThat(banner.isVisible()).isFalse();

        robot.interact(() -> window.shell().connectionLost("db.example.org:5432"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(banner.isVisible()).isTrue();
        assertThat(onScreen(robot, EventListView.TABLE_ID)).as("the events' table").isEqualTo(table);
        assertThat(onScreen(robot, ShellView.SEARCH_ID)).as("the search field").isEqualTo(search);
        Bounds shown = banner.localToScene(banner.getLayoutBounds());
        assertThat(shown.getWidth()).as("room for its sentence").isGreaterThan(400);
        assertThat(shown.getMaxY()).as("above the events' table").isLessThanOrEqualTo(table.getMinY());
        assertThat(banner.getText()).startsWith("The connection to the team book on db.example.org:5432 is lost");

        robot.interact(() -> window.shell().connectionBack());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(banner.isVisible()).isFalse();
        assertThat(onScreen(robot, EventListView.TABLE_ID)).isEqualTo(table);
        assertThat(onScreen(robot, ShellView.SEARCH_ID)).isEqualTo(search);
    }
}
