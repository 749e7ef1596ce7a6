package org.podium.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Event;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.service.Book;
import org.podium.ui.eventform.EventFormView;
import org.podium.ui.events.EventListView;
import org.podium.ui.registrants.RegistrantFormView;
import org.podium.ui.registrants.RegistrantsView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window on a 1280×800 laptop: the event list folds away and keeps the width it was given,
 * the registrant form lies over the table, the toolbar stays one row, Save stays in view.
 */
@ExtendWith(ApplicationExtension.class)
class LaptopLayoutWindowTest {
    private static final String EVENT = "European Cities on the Front Line";

    @TempDir
    static Path dir;
    private Stage stage;
    private Book book;
    private Event event;
    private PodiumWindow window;
    private Path preferences;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        book = Composition.openBook(dir.resolve("layout-" + System.nanoTime() + ".db"), Clock.systemUTC());
        book.samples().loadWithoutRegistrants();
        book.samples().markOffered();
        event = book.events().list().stream().map(s -> s.event()).filter(e -> e.title().equals(EVENT))
                .findFirst().orElseThrow();
        for (RegistrationStatus status : RegistrationStatus.values()) {
            book.registrations().add(new Registration(0, event.id(), status.name().toLowerCase() + "@example.org",
                    "Ana", status.name(), "Comune di Milano", "", "", "IT", "", Instant.parse("2020-05-20T09:00:00Z"),
                    RegistrationSource.CSV, status, 0, false, null, "", null, ""));
        }
        preferences = dir.resolve(System.nanoTime() + "/preferences.properties");
        window = PodiumWindow.show(stage, book, preferences, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        book.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private void openEvent(FxRobot robot) throws Exception {
        waitFor(() -> window.shell().events().rows().size() == 2);
        robot.interact(() -> window.shell().events().select(event.id()));
        waitFor(() -> robot.lookup(".podium-details .tab-pane").tryQuery().isPresent());
    }

    private TabPane tabs(FxRobot robot) {
        return robot.lookup(".podium-details .tab-pane").queryAs(TabPane.class);
    }

    private static double width(Node node) {
        return node.localToScene(node.getLayoutBounds()).getWidth();
    }

    @Test
    void foldingTheListGivesTheEventTheWholeWidthAndTheNextWindowRemembersIt(FxRobot robot) throws Exception {
        openEvent(robot);
        double before = width(tabs(robot));
        assertThat(before).as("beside the list, the event has most of the width").isGreaterThan(600);

        robot.clickOn("#" + EventListView.FOLD_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + EventListView.TABLE_ID).tryQuery()
                .map(n -> n.getScene() != null).orElse(false)).as("the list is folded away").isFalse();
        assertThat(width(tabs(robot))).as("the event takes the list's width").isGreaterThan(1050);
        assertThat(Files.readString(preferences.resolveSibling(WindowLayout.FILE))).contains("eventList.folded=true");

        robot.interact(() -> window = PodiumWindow.show(stage, book, preferences, Clock.systemUTC()));
        SplitPane split = robot.lookup("#" + EventListView.SPLIT_ID).queryAs(SplitPane.class);
        assertThat(split.getItems()).as("still folded in the next window").hasSize(1);
        robot.clickOn("#" + EventListView.FOLD_ID);
        assertThat(split.getItems()).hasSize(2);
    }

    @Test
    void theDividerStaysWhereTheUserDraggedIt(FxRobot robot) throws Exception {
        openEvent(robot);
        SplitPane split = robot.lookup("#" + EventListView.SPLIT_ID).queryAs(SplitPane.class);
        double before = split.getDividerPositions()[0];
        robot.drag(split.lookup(".split-pane-divider")).dropBy(120, 0);
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = split.getDividerPositions()[0];
        assertThat(dragged).isGreaterThan(before + 0.05);

        robot.interact(() -> window = PodiumWindow.show(stage, book, preferences, Clock.systemUTC()));
        WaitForAsyncUtils.waitForFxEvents();
        SplitPane again = robot.lookup("#" + EventListView.SPLIT_ID).queryAs(SplitPane.class);
        assertThat(again.getDividerPositions()[0]).isCloseTo(dragged, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theRegistrantFormLiesOverTheTableWhoseToolbarIsOneRowAndStatusesAreChips(FxRobot robot) throws Exception {
        openEvent(robot);
        robot.interact(() -> tabs(robot).getSelectionModel().select(2));
        TableView<?> table = robot.lookup("#" + RegistrantsView.TABLE_ID).queryTableView();
        waitFor(() -> table.getItems().size() == RegistrationStatus.values().length);
        WaitForAsyncUtils.waitForFxEvents();

        ToolBar bar = robot.lookup("#" + RegistrantsView.TOOLBAR_ID).queryAs(ToolBar.class);
        Button add = robot.lookup("#" + RegistrantsView.ADD_ID).queryButton();
        assertThat(bar.getHeight()).as("one row").isLessThan(add.getHeight() * 1.8);
        for (RegistrationStatus status : RegistrationStatus.values()) {
            String style = "podium-status-" + status.name().toLowerCase().replace('_', '-');
            assertThat(table.lookupAll("." + style)).as(style).anyMatch(n -> n instanceof Label);
        }

        double tableWidth = width(table);
        robot.clickOn("#" + RegistrantsView.ADD_ID);
        WaitForAsyncUtils.waitForFxEvents();
        Node form = robot.lookup("#" + RegistrantFormView.EMAIL_ID).query();
        assertThat(form.getScene()).isNotNull();
        assertThat(width(table)).as("the table keeps its width under the form").isEqualTo(tableWidth);
    }

    @Test
    void saveStaysInViewOutsideTheScrollingFormAndAnErrorDoesNotMoveTheFields(FxRobot robot) throws Exception {
        openEvent(robot);
        Button save = robot.lookup("#" + EventFormView.SAVE_ID).queryButton();
        for (Node n = save; n != null; n = n.getParent()) {
            assertThat(n).as("Save is not inside the form's scroll pane").isNotInstanceOf(ScrollPane.class);
        }
        Bounds shown = save.localToScene(save.getLayoutBounds());
        assertThat(shown.getMaxY()).isLessThanOrEqualTo(stage.getScene().getHeight());

        TextField title = robot.lookup("#" + EventFormView.TITLE_ID).queryAs(TextField.class);
        Node date = robot.lookup("#" + EventFormView.DATE_ID).query();
        double dateY = date.localToScene(date.getLayoutBounds()).getMinY();
        robot.interact(() -> title.setText(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.shell().events().form().titleErrorProperty().get()).isNotEmpty();
        assertThat(date.localToScene(date.getLayoutBounds()).getMinY()).as("the date stays put").isEqualTo(dateY);
    }
}
