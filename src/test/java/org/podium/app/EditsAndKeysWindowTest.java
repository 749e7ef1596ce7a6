package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Event;
import org.podium.service.Book;
import org.podium.ui.eventform.EventFormView;
import org.podium.ui.events.EventListView;
import org.podium.ui.common.EventRow;
import org.podium.ui.shell.ShellView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.service.query.EmptyNodeQueryException;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The real window, headless: unsaved edits asked about, and the keyboard shortcuts. */
@ExtendWith(ApplicationExtension.class)
class EditsAndKeysWindowTest {
    private static final String MAY = "European Cities on the Front Line";
    private static final String SEPTEMBER = "Social Innovation for Migrant Integration";
    private static final String QUESTION = "Save changes to ‘" + MAY + "’?";

    @TempDir
    static Path dir;
    private Book book;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        book = Composition.openBook(dir.resolve("keys-" + System.nanoTime() + ".db"), Clock.systemUTC());
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

    /** Waits for the condition; a node not yet in the scene counts as "not yet", not as a failure. */
    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try {
                return condition.call();
            } catch (EmptyNodeQueryException notYet) {
                return false;
            }
        });
    }

    private TableView<EventRow> events(FxRobot robot) {
        return robot.lookup("#" + EventListView.TABLE_ID).queryTableView();
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    private EventRow selected(FxRobot robot) {
        return events(robot).getSelectionModel().getSelectedItem();
    }

    private boolean asked(FxRobot robot) {
        return robot.lookup(QUESTION).tryQuery().isPresent();
    }

    /** Opens the May webinar and types a new subtitle in its Overview. */
    private void editMay(FxRobot robot) throws Exception {
        waitFor(() -> events(robot).getItems().size() == 2);
        robot.clickOn(MAY);
        waitFor(() -> field(robot, EventFormView.TITLE_ID).getText().equals(MAY));
        TextField subtitle = field(robot, EventFormView.SUBTITLE_ID);
        robot.interact(subtitle::requestFocus);
        robot.interact(subtitle::selectAll);
        robot.write("A new subtitle");
        waitFor(() -> stage.getTitle().startsWith("• "));
    }

    @Test
    void anotherEventAsksAboutTheEditCancelKeepsItDiscardDropsIt(FxRobot robot) throws Exception {
        String stored = book.events().get(selectedId(robot, MAY)).subtitle();
        editMay(robot);

        robot.clickOn(SEPTEMBER);
        waitFor(() -> asked(robot));
        answer(robot, "Cancel");
        waitFor(() -> !asked(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected(robot).title()).isEqualTo(MAY);
        assertThat(field(robot, EventFormView.SUBTITLE_ID).getText()).isEqualTo("A new subtitle");
        assertThat(stage.getTitle()).startsWith("• ");

        robot.clickOn(SEPTEMBER);
        waitFor(() -> asked(robot));
        answer(robot, "Discard");
        waitFor(() -> field(robot, EventFormView.TITLE_ID).getText().equals(SEPTEMBER));
        robot.clickOn(MAY);
        waitFor(() -> field(robot, EventFormView.TITLE_ID).getText().equals(MAY));
        assertThat(field(robot, EventFormView.SUBTITLE_ID).getText()).isEqualTo(stored);
        assertThat(stage.getTitle()).doesNotStartWith("• ");
    }

    private long selectedId(FxRobot robot, String title) throws Exception {
        waitFor(() -> events(robot).getItems().size() == 2);
        return events(robot).getItems().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow().id();
    }

    @Test
    void saveInTheQuestionStoresTheEditThenShowsTheOtherEvent(FxRobot robot) throws Exception {
        editMay(robot);
        robot.clickOn(SEPTEMBER);
        waitFor(() -> asked(robot));
        answer(robot, "Save");
        waitFor(() -> field(robot, EventFormView.TITLE_ID).getText().equals(SEPTEMBER));
        assertThat(book.events().get(selectedId(robot, MAY)).subtitle()).isEqualTo("A new subtitle");
    }

    @Test
    void quittingAsksAboutTheEditAndCancelKeepsTheWindowOpen(FxRobot robot) throws Exception {
        editMay(robot);
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        waitFor(() -> asked(robot));
        answer(robot, "Cancel");
        waitFor(() -> !asked(robot));
        assertThat(stage.isShowing()).isTrue();
        assertThat(field(robot, EventFormView.SUBTITLE_ID).getText()).isEqualTo("A new subtitle");
    }

    @Test
    void anotherSectionAsksAboutTheEditToo(FxRobot robot) throws Exception {
        editMay(robot);
        robot.clickOn("People");
        waitFor(() -> asked(robot));
        answer(robot, "Cancel");
        waitFor(() -> !asked(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + EventListView.TABLE_ID).tryQuery()).as("still on Events").isPresent();
        assertThat(field(robot, EventFormView.SUBTITLE_ID).getText()).isEqualTo("A new subtitle");
    }

    @Test
    void ctrlNThenTypingWritesTheNewEventsTitleInACleanForm(FxRobot robot) throws Exception {
        waitFor(() -> events(robot).getItems().size() == 2);
        robot.clickOn("#" + ShellView.SEARCH_ID);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> field(robot, EventFormView.TITLE_ID).isFocused());
        assertThat(robot.lookup("Fix the fields marked in red to save.").queryAs(Label.class).isVisible())
                .as("a new form opens clean").isFalse();
        assertThat(robot.lookup("Give the event a title.").tryQuery()).isEmpty();

        robot.write("Migrant entrepreneurs");
        assertThat(field(robot, EventFormView.TITLE_ID).getText()).isEqualTo("Migrant entrepreneurs");
        assertThat(field(robot, ShellView.SEARCH_ID).getText()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitFor(() -> events(robot).getItems().size() == 3);
        assertThat(book.events().list()).anyMatch(s -> s.event().title().equals("Migrant entrepreneurs"));
    }

    @Test
    void aNewEventSavedWithCtrlSKeepsTheFocusInTheFieldBeingTyped(FxRobot robot) throws Exception {
        waitFor(() -> events(robot).getItems().size() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> field(robot, EventFormView.TITLE_ID).isFocused());
        robot.write("Migrant entrepreneurs");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitFor(() -> events(robot).getItems().size() == 3);
        waitFor(() -> robot.lookup(".tab-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(field(robot, EventFormView.TITLE_ID).isFocused()).as("the title keeps the focus").isTrue();
        robot.write(" in Europe");
        assertThat(field(robot, EventFormView.TITLE_ID).getText()).isEqualTo("Migrant entrepreneurs in Europe");
        assertThat(field(robot, ShellView.SEARCH_ID).getText()).as("nothing typed into the search").isEmpty();
    }

    @Test
    void aNewPersonSavedWithCtrlSKeepsTheFocusInTheFieldBeingTyped(FxRobot robot) throws Exception {
        waitFor(() -> events(robot).getItems().size() == 2);
        robot.clickOn("People");
        robot.clickOn("#" + org.podium.ui.people.PeopleView.NEW_ID);
        robot.clickOn("#personFirstName").write("Maria");
        robot.clickOn("#personLastName").write("Rossi");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitFor(() -> book.directory().people().stream().anyMatch(p -> p.person().fullName().equals("Maria Rossi")));
        waitFor(() -> robot.lookup("#" + org.podium.ui.people.PeopleView.TABLE_ID).queryTableView().getItems().size() > 0);
        WaitForAsyncUtils.waitForFxEvents();

        robot.write(" Bianchi");
        assertThat(field(robot, "personLastName").getText()).isEqualTo("Rossi Bianchi");
        assertThat(field(robot, ShellView.SEARCH_ID).getText()).as("nothing typed into the search").isEmpty();
    }

    @Test
    void escapeRevertsTheForm(FxRobot robot) throws Exception {
        String stored = book.events().get(selectedId(robot, MAY)).subtitle();
        editMay(robot);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> field(robot, EventFormView.SUBTITLE_ID).getText().equals(stored));
        assertThat(stage.getTitle()).doesNotStartWith("• ");
    }

    @Test
    void deleteMovesTheSelectedEventToTheTrashWithUndo(FxRobot robot) throws Exception {
        waitFor(() -> events(robot).getItems().size() == 2);
        robot.clickOn(MAY);
        waitFor(() -> field(robot, EventFormView.TITLE_ID).getText().equals(MAY));
        robot.clickOn(MAY);
        robot.type(KeyCode.DELETE);
        waitFor(() -> robot.lookup("Move to trash").tryQuery().isPresent());
        robot.clickOn("Move to trash");
        waitFor(() -> events(robot).getItems().size() == 1);
        assertThat(robot.lookup("#" + ShellView.UNDO_ID).query().isVisible()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> events(robot).getItems().size() == 2);
    }

    @Test
    void ctrlOneToFiveOpenTheEventsTabsAndF5Reloads(FxRobot robot) throws Exception {
        waitFor(() -> events(robot).getItems().size() == 2);
        robot.clickOn(MAY);
        waitFor(() -> robot.lookup(".tab-pane").tryQuery().isPresent());
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        for (int n : new int[] {5, 2, 4, 3, 1}) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + n);
            robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedIndex())
                    .as("Ctrl+" + n).isEqualTo(n - 1);
        }
        assertThat(tabs).isNotNull();

        book.events().add(Event.builder("Added elsewhere", LocalDateTime.parse("2030-01-10T10:00"),
                ZoneId.of("Europe/Rome"), 60).build());
        robot.type(KeyCode.F5);
        waitFor(() -> events(robot).getItems().size() == 3);
    }

    @Test
    void theShortcutsSheetListsThemAndCtrlWClosesIt(FxRobot robot) throws Exception {
        waitFor(() -> events(robot).getItems().size() == 2);
        robot.clickOn("Help").clickOn("Keyboard shortcuts");
        waitFor(() -> robot.lookup("#shortcutsGrid").tryQuery().isPresent());
        assertThat(robot.lookup("Ctrl+N").tryQuery()).isPresent();
        assertThat(robot.lookup("Ctrl+1 … Ctrl+5").tryQuery()).isPresent();
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#shortcutsGrid").tryQuery().isEmpty());
    }

    @Test
    void tabGoesThroughTheEventFormInTheOrderItIsDrawn(FxRobot robot) throws Exception {
        waitFor(() -> events(robot).getItems().size() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> field(robot, EventFormView.TITLE_ID).isFocused());
        List<double[]> places = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            Node focused = stage.getScene().getFocusOwner();
            // Where it is in the form, which scrolls to show the field with the focus.
            Node scroll = focused;
            while (!(scroll instanceof javafx.scene.control.ScrollPane)) {
                scroll = scroll.getParent();
            }
            Node form = ((javafx.scene.control.ScrollPane) scroll).getContent();
            javafx.geometry.Bounds b = form.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
            places.add(new double[] {b.getMinX(), b.getMinY()});
            robot.type(KeyCode.TAB);
        }
        for (int i = 1; i < places.size(); i++) {
            double[] before = places.get(i - 1);
            double[] now = places.get(i);
            boolean sameLine = Math.abs(now[1] - before[1]) < 4;
            assertThat(sameLine ? now[0] > before[0] : now[1] > before[1])
                    .as("stop %d at (%.0f, %.0f) comes after (%.0f, %.0f)", i, now[0], now[1], before[0], before[1])
                    .isTrue();
        }
    }
}
