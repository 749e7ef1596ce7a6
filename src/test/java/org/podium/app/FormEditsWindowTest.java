package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.Book;
import org.podium.ui.events.EventListView;
import org.podium.ui.organisations.OrganisationsView;
import org.podium.ui.people.PeopleView;
import org.podium.ui.registrants.RegistrantFormView;
import org.podium.ui.registrants.RegistrantsView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The person, organisation and registrant forms in the real window: edits asked about, new forms clean. */
@ExtendWith(ApplicationExtension.class)
class FormEditsWindowTest {
    @TempDir
    static Path dir;
    private Book book;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        book = Composition.openBook(dir.resolve("forms-" + System.nanoTime() + ".db"), Clock.systemUTC());
        book.samples().load();
        book.samples().markOffered();
        PodiumWindow.show(stage, book, dir.resolve("preferences.properties"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        book.close();
    }

    /** Clicks a button of the question's dialog, not the form's button of the same name. */
    private static void answer(FxRobot robot, String button) {
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText(button))
                .queryAs(javafx.scene.control.Button.class));
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    private void type(FxRobot robot, String id, String text) {
        TextField field = field(robot, id);
        robot.interact(field::requestFocus);
        robot.interact(field::selectAll);
        robot.write(text);
    }

    private boolean asked(FxRobot robot, String name) {
        return robot.lookup("Save changes to ‘" + name + "’?").tryQuery().isPresent();
    }

    @Test
    void aPersonsEditIsAskedAboutAndANewPersonOpensCleanWithTheCursorInItsFirstField(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#" + EventListView.TABLE_ID).queryTableView().getItems().size() == 2);
        robot.clickOn("People");
        TableView<?> people = robot.lookup("#" + PeopleView.TABLE_ID).queryTableView();
        waitFor(() -> people.getItems().size() == 6);
        robot.clickOn("Liam Patuzzi");
        waitFor(() -> field(robot, "personLastName").getText().equals("Patuzzi"));
        type(robot, "personPosition", "Senior Policy Analyst");
        waitFor(() -> stage.getTitle().startsWith("• "));

        robot.clickOn("Laurence Hart");
        waitFor(() -> asked(robot, "Liam Patuzzi"));
        answer(robot, "Cancel");
        waitFor(() -> !asked(robot, "Liam Patuzzi"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "personPosition").getText()).isEqualTo("Senior Policy Analyst");

        robot.clickOn("#" + PeopleView.NEW_ID);
        waitFor(() -> asked(robot, "Liam Patuzzi"));
        answer(robot, "Save");
        waitFor(() -> field(robot, "personHonorific").isFocused());
        assertThat(robot.lookup("Give a first or a last name.").tryQuery()).as("a new form opens clean").isEmpty();
        assertThat(book.directory().people().stream().map(l -> l.person())
                .filter(p -> p.lastName().equals("Patuzzi")).findFirst().orElseThrow().position())
                .isEqualTo("Senior Policy Analyst");
    }

    @Test
    void anOrganisationsEditDiscardedIsGone(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#" + EventListView.TABLE_ID).queryTableView().getItems().size() == 2);
        robot.clickOn("Organisations");
        TableView<?> table = robot.lookup("#" + OrganisationsView.TABLE_ID).queryTableView();
        waitFor(() -> table.getItems().size() > 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitFor(() -> !field(robot, "organisationName").getText().isEmpty());
        String name = field(robot, "organisationName").getText();
        String city = field(robot, "organisationCity").getText();
        type(robot, "organisationCity", "Atlantis");

        // Not through interact, which would wait for the question to be answered.
        javafx.application.Platform.runLater(() -> table.getSelectionModel().select(1));
        waitFor(() -> asked(robot, name));
        answer(robot, "Discard");
        waitFor(() -> !field(robot, "organisationName").getText().equals(name));
        assertThat(book.directory().organisations()).anyMatch(o -> o.name().equals(name) && o.city().equals(city));
        assertThat(stage.getTitle()).doesNotStartWith("• ");
    }

    @Test
    void aRegistrantFormOpensCleanAndItsEditIsAskedAboutBeforeAnotherEvent(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#" + EventListView.TABLE_ID).queryTableView().getItems().size() == 2);
        robot.clickOn("European Cities on the Front Line");
        Node tab = robot.lookup(".tab-header-area .tab-label").match(LabeledMatchers.hasText("Registrants")).query();
        robot.clickOn(tab);
        robot.clickOn("#" + RegistrantsView.ADD_ID);
        waitFor(() -> field(robot, RegistrantFormView.EMAIL_ID).isFocused());
        assertThat(robot.lookup("#" + RegistrantFormView.EMAIL_ERROR_ID).query().isVisible())
                .as("a new form opens clean").isFalse();

        robot.write("marta.nowak@gdansk.example.pl");
        robot.clickOn("Social Innovation for Migrant Integration");
        waitFor(() -> asked(robot, "marta.nowak@gdansk.example.pl"));
        answer(robot, "Cancel");
        waitFor(() -> !asked(robot, "marta.nowak@gdansk.example.pl"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, RegistrantFormView.EMAIL_ID).getText()).isEqualTo("marta.nowak@gdansk.example.pl");
        assertThat(field(robot, RegistrantFormView.EMAIL_ID).isVisible()).isTrue();
    }
}
