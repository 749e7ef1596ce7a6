package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Event;
import org.podium.service.Book;
import org.podium.store.CuttableLine;
import org.podium.ui.common.EventRow;
import org.podium.store.TeamAddress;
import org.podium.store.TestPostgres;
import org.podium.ui.eventform.EventFormView;
import org.podium.ui.events.EventListView;
import org.podium.ui.shell.ShellView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A team book in the real window is live (issue 26, point 4): another coordinator's save shows
 * within a second or two without losing the edit in progress, and a lost server shows a banner,
 * refuses a save saying why, keeps the edit, and goes when the server is back, moving nothing
 * in the window as it comes and goes.
 */
@ExtendWith(ApplicationExtension.class)
class TeamBookWindowTest {
    private static final String MAY = "European Cities on the Front Line";

    @TempDir
    static Path dir;
    private CuttableLine line;
    private TeamAddress address;
    private Book book;
    private Stage stage;

    /** Starts the tests' server before the window's set-up, which must be quick. */
    @BeforeAll
    static void server() {
        TestPostgres.server();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        line = new CuttableLine();
        address = TestPostgres.newDatabase();
        book = Composition.openTeamBook(line.address(address), Optional.empty(), Clock.systemUTC());
        // Two events of its own: the sample's registrants cannot be imported into a team book yet.
        book.events().add(Event.builder(MAY, LocalDateTime.parse("2030-05-28T10:00"), ZoneId.of("Europe/Brussels"), 60)
                .subtitle("Migrant inclusion in cities").build());
        book.events().add(Event.builder("Social Innovation for Migrant Integration",
                LocalDateTime.parse("2030-09-24T10:00"), ZoneId.of("Europe/Rome"), 75).build());
        book.samples().markOffered();
        PodiumWindow.show(stage, book, dir.resolve("preferences.properties"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        book.close();
        line.close();
    }

    private static TableView<?> events(FxRobot robot) {
        return robot.lookup("#" + EventListView.TABLE_ID).queryTableView();
    }

    private static TextField subtitle(FxRobot robot) {
        return robot.lookup("#" + EventFormView.SUBTITLE_ID).queryAs(TextField.class);
    }

    /** Opens the May webinar and types a subtitle that is not saved. */
    private void editMay(FxRobot robot) throws Exception {
        Coordinator.waitFor(() -> robot.lookup(MAY).tryQuery().isPresent());
        // Chosen in the table's model: a live reload may replace the row's cell between finding and clicking it.
        robot.interact(() -> {
            TableView<?> table = events(robot);
            for (int i = 0; i < table.getItems().size(); i++) {
                if (((EventRow) table.getItems().get(i)).title().equals(MAY)) {
                    table.getSelectionModel().select(i);
                }
            }
        });
        Coordinator.waitFor(() -> robot.lookup("#" + EventFormView.SUBTITLE_ID).tryQuery()
                .map(field -> !((TextField) field).getText().isEmpty()).orElse(false));
        robot.interact(subtitle(robot)::requestFocus);
        robot.interact(subtitle(robot)::selectAll);
        robot.write("Typed, not saved");
        Coordinator.waitFor(() -> stage.getTitle().startsWith("• "));
    }

    private static Label banner(FxRobot robot) {
        return robot.lookup("#" + ShellView.CONNECTION_LOST_ID).queryAs(Label.class);
    }

    @Test
    void anotherCoordinatorsEventAppearsAndTheEditInProgressStays(FxRobot robot) throws Exception {
        editMay(robot);

        try (Book other = Composition.openTeamBook(address, Optional.empty(), Clock.systemUTC())) {
            other.events().add(Event.builder("Added by a colleague", LocalDateTime.parse("2030-01-10T10:00"),
                    ZoneId.of("Europe/Rome"), 60).build());
        }

        Coordinator.waitFor(() -> events(robot).getItems().size() == 3);
        assertThat(events(robot).getItems()).map(row -> ((EventRow) row).title()).contains("Added by a colleague");
        assertThat(subtitle(robot).getText()).isEqualTo("Typed, not saved");
        assertThat(stage.getTitle()).startsWith("• ");
    }

    @Test
    void aLostServerShowsTheBannerRefusesTheSaveKeepingTheEditAndGoesWhenBack(FxRobot robot) throws Exception {
        editMay(robot);
        assertThat(banner(robot).isVisible()).isFalse();

        line.cut();
        Coordinator.waitFor(() -> banner(robot).isVisible());
        assertThat(banner(robot).getText()).startsWith("The connection to the team book on "
                + line.address(address).server() + " is lost").contains("unsaved changes are kept");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Stage failed = new Coordinator(robot).dialog("The event could not be saved");
        assertThat(robot.from(failed.getScene().getRoot()).lookup(".label")
                .match(LabeledMatchers.hasText(org.hamcrest.Matchers.containsString("Lost the connection")))
                .tryQuery()).isPresent();
        robot.clickOn(robot.from(failed.getScene().getRoot()).lookup(".button")
                .match(LabeledMatchers.hasText("OK")).queryAs(Button.class));
        new Coordinator(robot).closed("The event could not be saved");
        assertThat(subtitle(robot).getText()).isEqualTo("Typed, not saved");

        line.mend();
        Coordinator.waitFor(() -> !banner(robot).isVisible());
        assertThat(subtitle(robot).getText()).as("the reload once back keeps the edit").isEqualTo("Typed, not saved");
        assertThat(stage.getTitle()).startsWith("• ");

        robot.interact(subtitle(robot)::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Coordinator.waitFor(() -> !stage.getTitle().startsWith("• "));
        try (Book other = Composition.openTeamBook(address, Optional.empty(), Clock.systemUTC())) {
            assertThat(other.events().list()).anyMatch(e -> "Typed, not saved".equals(e.event().subtitle()));
        }
    }

    @Test
    void theBannerComesAndGoesWithoutMovingTheFieldUnderThePointer(FxRobot robot) throws Exception {
        editMay(robot);
        Bounds field = onScreen(subtitle(robot));
        Bounds table = onScreen(events(robot));

        line.cut();
        Coordinator.waitFor(() -> banner(robot).isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(subtitle(robot))).as("the field being edited").isEqualTo(field);
        assertThat(onScreen(events(robot))).as("the events' table").isEqualTo(table);
        Bounds shown = onScreen(banner(robot));
        assertThat(shown.getWidth()).as("room for its sentence").isGreaterThan(400);
        assertThat(shown.getMaxY()).as("above the events' table").isLessThanOrEqualTo(table.getMinY());

        line.mend();
        Coordinator.waitFor(() -> !banner(robot).isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(subtitle(robot))).isEqualTo(field);
        assertThat(onScreen(events(robot))).isEqualTo(table);
    }

    private static Bounds onScreen(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
