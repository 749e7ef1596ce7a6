package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.app.Coordinator.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.Book;
import org.podium.service.common.Preferences;
import org.podium.store.TeamAddress;
import org.podium.store.TestPostgres;
import org.podium.ui.events.EventListView;
import org.podium.ui.shell.ShellView;
import org.podium.ui.teambook.TeamBookView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File → Open team book… in the real window, headless, against a real PostgreSQL server. */
@ExtendWith(ApplicationExtension.class)
class OpenTeamBookWindowTest {
    private static final String DIALOG = "Open team book";

    @TempDir
    static Path dir;
    private Stage stage;
    private PodiumWindow window;
    private Path preferences;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path file = dir.resolve("laptop-" + System.nanoTime() + ".db");
        preferences = dir.resolve("preferences-" + System.nanoTime() + ".properties");
        Book book = Composition.openBook(file, Clock.systemUTC());
        book.samples().load();
        book.samples().markOffered();
        window = PodiumWindow.show(stage, book, preferences, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        window.book().close();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#" + ShellView.STATUS_ID).queryAs(Label.class).getText();
    }

    @Test
    void aTeamBookOpenedThroughTheDialogIsNamedInTheTitleAndStatusBarAndOfferedNextTime(FxRobot robot)
            throws Exception {
        TeamAddress address = TestPostgres.newDatabase();
        try (Book team = Composition.openTeamBook(address, java.util.Optional.empty(), Clock.systemUTC())) {
            team.samples().markOffered();
        }
        Coordinator hands = new Coordinator(robot);
        waitFor(() -> hands.rowsShown(EventListView.TABLE_ID) == 2);

        hands.menu("File", "Open team book…");
        hands.dialog(DIALOG);
        hands.type(TeamBookView.HOST_ID, TestPostgres.url(address));
        robot.clickOn("#" + TeamBookView.OPEN_ID);
        hands.closed(DIALOG);

        waitFor(() -> "Podium — postgres on localhost".equals(stage.getTitle()));
        waitFor(() -> hands.rowsShown(EventListView.TABLE_ID) == 0);
        assertThat(status(robot)).isEqualTo("Team book postgres on localhost:" + address.port() + " as postgres");
        assertThat(window.book().team()).hasValueSatisfying(team -> assertThat(team.text()).isEqualTo(address.text()));
        waitFor(() -> Preferences.load(preferences).recentTeamBooks().contains(address.text()));

        hands.menu("File", "Open team book…");
        hands.dialog(DIALOG);
        ListView<String> recent = robot.lookup("#" + TeamBookView.RECENT_ID).queryListView();
        assertThat(recent.getItems()).containsExactly(address.text());
        robot.clickOn("#" + TeamBookView.CANCEL_ID);
        hands.closed(DIALOG);
    }

    @Test
    void aWrongPortIsToldInTheDialogAndTheWindowStaysOnItsBook(FxRobot robot) throws Exception {
        int port = TestPostgres.unusedPort();
        Coordinator hands = new Coordinator(robot);
        waitFor(() -> hands.rowsShown(EventListView.TABLE_ID) == 2);
        String title = stage.getTitle();

        hands.menu("File", "Open team book…");
        hands.dialog(DIALOG);
        hands.type(TeamBookView.HOST_ID, "localhost");
        hands.type(TeamBookView.PORT_ID, Integer.toString(port));
        hands.type(TeamBookView.DATABASE_ID, "podium");
        robot.clickOn("#" + TeamBookView.OPEN_ID);

        Label error = robot.lookup("#" + TeamBookView.ERROR_ID).queryAs(Label.class);
        waitFor(() -> error.isVisible() && !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("Cannot reach the PostgreSQL server localhost on port " + port
                + ": check the server and the port, and that it is running.");
        assertThat(robot.lookup("#" + TeamBookView.OPEN_ID).queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#" + TeamBookView.CANCEL_ID);
        hands.closed(DIALOG);

        assertThat(stage.getTitle()).isEqualTo(title);
        assertThat(window.book().onServer()).isFalse();
        hands.menu("File", "Open team book…");
        hands.dialog(DIALOG);
        assertThat(robot.lookup("#" + TeamBookView.RECENT_ID).queryListView().getItems()).as("only books that opened")
                .isEmpty();
        robot.clickOn("#" + TeamBookView.CANCEL_ID);
        hands.closed(DIALOG);
        assertThat(hands.rowsShown(EventListView.TABLE_ID)).isEqualTo(2);
    }

    @Test
    void theDialogStartsFilledInAndAfterARefusalEnterTriesAgainRatherThanCancelling(FxRobot robot) throws Exception {
        int port = TestPostgres.unusedPort();
        Coordinator hands = new Coordinator(robot);
        waitFor(() -> hands.rowsShown(EventListView.TABLE_ID) == 2);

        hands.menu("File", "Open team book…");
        Stage dialog = hands.dialog(DIALOG);
        TextField host = robot.lookup("#" + TeamBookView.HOST_ID).queryAs(TextField.class);
        assertThat(host.getText()).as("the server, as PostgreSQL's clients default it").isNotBlank();
        assertThat(robot.lookup("#" + TeamBookView.PORT_ID).queryAs(TextField.class).getText()).isNotBlank();
        assertThat(robot.lookup("#" + TeamBookView.USER_ID).queryAs(TextField.class).getText()).isNotBlank();
        hands.type(TeamBookView.HOST_ID, "localhost");
        hands.type(TeamBookView.PORT_ID, Integer.toString(port));
        hands.type(TeamBookView.DATABASE_ID, "podium");
        robot.clickOn("#" + TeamBookView.OPEN_ID);

        Label error = robot.lookup("#" + TeamBookView.ERROR_ID).queryAs(Label.class);
        waitFor(() -> error.isVisible() && error.getText().startsWith("Cannot reach"));
        waitFor(() -> dialog.getScene().getFocusOwner() == host);

        robot.type(KeyCode.ENTER);
        assertThat(dialog.isShowing()).as("Enter tries again, it does not cancel").isTrue();
        waitFor(() -> error.isVisible() && error.getText().startsWith("Cannot reach"));
        assertThat(dialog.isShowing()).isTrue();
        assertThat(dialog.getScene().getFocusOwner()).isSameAs(host);
        robot.clickOn("#" + TeamBookView.CANCEL_ID);
        hands.closed(DIALOG);
    }

    @Test
    void aTeamBookGivenOnTheCommandLineAlsoGoesFirstInTheRecentList(FxRobot robot) throws Exception {
        TeamAddress address = TestPostgres.newDatabase();
        Book team = Composition.openTeamBook(address, java.util.Optional.empty(), Clock.systemUTC());
        team.samples().markOffered();
        Book laptop = window.book();

        robot.interact(() -> window = PodiumWindow.show(stage, team, preferences, Clock.systemUTC()));
        laptop.close();

        waitFor(() -> Preferences.load(preferences).recentTeamBooks().equals(java.util.List.of(address.text())));
        assertThat(stage.getTitle()).isEqualTo("Podium — postgres on localhost");
    }
}
