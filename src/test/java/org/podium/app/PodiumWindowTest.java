package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.Book;
import org.podium.ui.calendar.MonthView;
import org.podium.ui.eventform.EventFormView;
import org.podium.ui.events.EventListView;
import org.podium.ui.common.EventRow;
import org.podium.ui.people.PeopleView;
import org.podium.ui.shell.ShellView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The real window, headless: opened on a book holding the sample webinars. */
@ExtendWith(ApplicationExtension.class)
class PodiumWindowTest {
    @TempDir
    static Path dir;
    private Book book;

    @Start
    void start(Stage stage) {
        book = Composition.openBook(dir.resolve("window-" + System.nanoTime() + ".db"), Clock.systemUTC());
        book.samples().load();
        book.samples().markOffered();
        PodiumWindow.show(stage, book, dir.resolve("preferences.properties"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        book.close();
    }

    private TableView<EventRow> events(FxRobot robot) {
        return robot.lookup("#" + EventListView.TABLE_ID).queryTableView();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void theWindowListsBothSampleWebinarsAndShowsTheBookPath(FxRobot robot) throws Exception {
        waitFor(() -> events(robot).getItems().size() == 2);
        assertThat(events(robot).getItems()).extracting(EventRow::title).containsExactly(
                "Social Innovation for Migrant Integration", "European Cities on the Front Line");
        Label status = robot.lookup("#" + ShellView.STATUS_ID).queryAs(Label.class);
        assertThat(status.getText()).contains(book.name());
    }

    @Test
    void selectingAnEventShowsItsDetails(FxRobot robot) throws Exception {
        waitFor(() -> events(robot).getItems().size() == 2);
        robot.clickOn("European Cities on the Front Line");
        waitFor(() -> robot.lookup("#eventDetailsTitle").tryQueryAs(Label.class)
                .map(l -> l.getText().equals("European Cities on the Front Line")).orElse(false));
        assertThat(robot.lookup("Advancing migrant inclusion in times of COVID-19").tryQuery()).isPresent();
    }

    @Test
    void theMonthShowsEveryDayOfTheWeekInItsPaneAndOpensAnEvent(FxRobot robot) throws Exception {
        waitFor(() -> events(robot).getItems().size() == 2);
        robot.clickOn("European Cities on the Front Line");
        robot.clickOn("#" + EventListView.CALENDAR_TOGGLE_ID);
        waitFor(() -> robot.lookup("#" + MonthView.MONTH_LABEL_ID).tryQueryAs(Label.class).isPresent());
        assertThat(robot.lookup("#" + MonthView.MONTH_LABEL_ID).queryAs(Label.class).getText()).isEqualTo("May 2020");

        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node grid = robot.lookup(".podium-month").query();
        javafx.geometry.Bounds month = grid.localToScene(grid.getLayoutBounds());
        javafx.geometry.Bounds pane = grid.getParent().localToScene(grid.getParent().getLayoutBounds());
        assertThat(month.getMinX()).isGreaterThanOrEqualTo(pane.getMinX());
        assertThat(month.getMaxX()).as("the week's right edge").isLessThanOrEqualTo(pane.getMaxX());
        for (String day : new String[] {"Mon", "Sun"}) {
            javafx.scene.Node name = robot.from(grid).lookup(".label").match(LabeledMatchers.hasText(day)).query();
            double starts = name.localToScene(name.getLayoutBounds()).getMinX();
            assertThat(starts).as(day).isBetween(month.getMinX(), month.getMaxX() - 20);
        }

        robot.clickOn(robot.lookup(".podium-month .hyperlink").queryAs(javafx.scene.control.Hyperlink.class));
        waitFor(() -> events(robot).isVisible()
                && events(robot).getSelectionModel().getSelectedItem().title().equals("European Cities on the Front Line"));
    }

    @Test
    void everyFilterOfTheListShowsItsWholeTextClearOfItsArrow(FxRobot robot) throws Exception {
        // The sample book has a series, "ADMin4ALL", shorter than "All series".
        waitFor(() -> events(robot).getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Set<javafx.scene.control.ChoiceBox> boxes = robot.lookup("#" + EventListView.FILTERS_ID + " .choice-box")
                .queryAllAs(javafx.scene.control.ChoiceBox.class);
        assertThat(boxes).hasSize(3);
        for (javafx.scene.control.ChoiceBox<?> box : boxes) {
            double width = box.getWidth();
            // Whatever is chosen shows whole, and the box keeps its width.
            for (int i = 0; i < box.getItems().size(); i++) {
                int choice = i;
                robot.interact(() -> box.getSelectionModel().select(choice));
                WaitForAsyncUtils.waitForFxEvents();
                Label label = (Label) box.lookup(".label");
                javafx.scene.text.Text shown = (javafx.scene.text.Text) label.lookup(".text");
                javafx.scene.layout.Region arrow = (javafx.scene.layout.Region) box.lookup(".arrow");
                // The theme draws the arrow as an unscaled shape centred on its region.
                double halfArrow = arrow.getShape().getLayoutBounds().getWidth() / 2;
                double arrowStarts = arrow.localToScene(arrow.getWidth() / 2 - halfArrow, 0).getX();
                double textEnds = shown.localToScene(shown.getLayoutBounds()).getMaxX();

                assertThat(shown.getText()).as("not cut short").isEqualTo(label.getText());
                assertThat(textEnds).as("'%s' ends before its arrow", label.getText()).isLessThan(arrowStarts);
                assertThat(box.getWidth()).as("width with '%s' chosen", label.getText()).isEqualTo(width);
            }
            robot.interact(() -> box.getSelectionModel().select(0));
        }
    }

    @Test
    void theSidebarLeadsToPeopleAndSearchFiltersThem(FxRobot robot) throws Exception {
        waitFor(() -> events(robot).getItems().size() == 2);
        robot.clickOn("People");
        TableView<?> people = robot.lookup("#" + PeopleView.TABLE_ID).queryTableView();
        waitFor(() -> people.getItems().size() == 6);
        robot.clickOn("#" + ShellView.SEARCH_ID).write("Patuzzi");
        waitFor(() -> people.getItems().size() == 1);
        assertThat(((org.podium.ui.people.PeopleViewModel.PersonRow) people.getItems().get(0)).name())
                .isEqualTo("Liam Patuzzi");
    }

    @Test
    void aSearchThatMatchesNothingShowsTheEmptyList(FxRobot robot) throws Exception {
        waitFor(() -> events(robot).getItems().size() == 2);
        robot.clickOn("#" + ShellView.SEARCH_ID).write("no such webinar");
        waitFor(() -> events(robot).getItems().isEmpty());
        Label placeholder = robot.lookup("#" + EventListView.PLACEHOLDER_ID).queryAs(Label.class);
        waitFor(placeholder::isVisible);
        assertThat(placeholder.getText()).isEqualTo("No events match ‘no such webinar’.");
    }

    @Test
    void anEventCreatedThroughTheFormAppearsInTheList(FxRobot robot) throws Exception {
        waitFor(() -> events(robot).getItems().size() == 2);
        robot.clickOn("#" + EventListView.NEW_ID);
        javafx.scene.control.Button save = robot.lookup("#" + EventFormView.SAVE_ID).queryButton();
        assertThat(save.isDisabled()).as("nothing typed yet").isTrue();
        robot.clickOn("#" + EventFormView.TITLE_ID).write("Migrant entrepreneurs in European cities");
        TextField duration = robot.lookup("#" + EventFormView.DURATION_ID).queryAs(TextField.class);
        robot.doubleClickOn(duration).write("90");
        waitFor(() -> robot.lookup("#" + EventFormView.END_ID).queryAs(TextField.class).getText().equals("11:30"));
        robot.clickOn(save);
        waitFor(() -> events(robot).getItems().size() == 3);
        EventRow first = events(robot).getItems().get(0);
        assertThat(first.title()).isEqualTo("Migrant entrepreneurs in European cities");
        assertThat(first.upcoming()).isTrue();
        assertThat(book.events().get(first.id()).minutes()).isEqualTo(90);
    }

    @Test
    void aLinkWithoutSchemeShowsItsReasonAndKeepsSaveDisabled(FxRobot robot) throws Exception {
        waitFor(() -> events(robot).getItems().size() == 2);
        robot.clickOn("#" + EventListView.NEW_ID);
        robot.clickOn("#" + EventFormView.TITLE_ID).write("Webinar with a bad link");
        TextField link = robot.lookup("#" + EventFormView.REGISTRATION_URL_ID).queryAs(TextField.class);
        robot.interact(link::requestFocus);
        robot.write("our site/register");
        waitFor(() -> robot.lookup("A link must be a full web address starting with https:// or http://.")
                .tryQuery().isPresent());
        assertThat(robot.lookup("#" + EventFormView.SAVE_ID).queryButton().isDisabled()).isTrue();
        assertThat(book.events().list()).hasSize(2);
    }
}
