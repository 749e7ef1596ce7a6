package org.podium.app;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.podium.ui.shell.ShellView;
import org.testfx.api.FxRobot;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window tests' hands: what a coordinator does in the window (pick from a menu, answer a
 * question, type in a field) and what they wait to see, each wait ending on a condition.
 */
final class Coordinator {
    private final FxRobot robot;

    Coordinator(FxRobot robot) {
        this.robot = robot;
    }

    /** Waits until {@code condition} holds; the limit only stops a broken test, it is not a pause. */
    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    /** Opens {@code menu} in the menu bar and clicks its item {@code item}. */
    void menu(String menu, String item) {
        robot.clickOn(robot.lookup(".menu-bar .menu-button").match(LabeledMatchers.hasText(menu)).queryLabeled());
        robot.clickOn(robot.lookup(".menu-item .label").match(LabeledMatchers.hasText(item)).queryLabeled());
    }

    /**
     * Waits for a dialog titled {@code title} over the window and gives it the keyboard, as a
     * window manager does with a window just opened (headless, the keys go where the last click went).
     */
    Stage dialog(String title) throws Exception {
        waitFor(() -> shownDialog(title) != null);
        Stage dialog = shownDialog(title);
        robot.interact(dialog::requestFocus);
        robot.targetWindow(dialog);
        return dialog;
    }

    /** Clicks the Close button of the dialog titled {@code title} and waits until it is gone. */
    void close(String title) throws Exception {
        Stage dialog = shownDialog(title);
        robot.clickOn(robot.from(dialog.getScene().getRoot()).lookup(".button").match(LabeledMatchers.hasText("Close"))
                .queryAs(Button.class));
        closed(title);
    }

    /** Waits until no dialog titled {@code title} shows. */
    void closed(String title) throws Exception {
        waitFor(() -> shownDialog(title) == null);
    }

    private static Stage shownDialog(String title) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof Stage s && s.isShowing() && title.equals(s.getTitle())) {
                return s;
            }
        }
        return null;
    }

    /** Waits for the question whose header is {@code header}, then clicks its button {@code button}. */
    void answer(String header, String button) throws Exception {
        waitFor(() -> robot.lookup(".dialog-pane .header-panel .label").match(LabeledMatchers.hasText(header))
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText(button))
                .match(NodeMatchers.isVisible()).queryAs(Button.class));
    }

    /** Clicks the field with id {@code id}, selects what it holds and types {@code text} over it. */
    void type(String id, String text) {
        TextInputControl field = robot.lookup("#" + id).queryAs(TextInputControl.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
    }

    <T> TableView<T> table(String id) {
        return robot.lookup("#" + id).queryTableView();
    }

    /** The number of rows the table {@code id} shows, or -1 while no such table is in the window. */
    int rowsShown(String id) {
        return robot.lookup("#" + id).tryQuery().map(n -> ((TableView<?>) n).getItems().size()).orElse(-1);
    }

    /**
     * Opens the choice box {@code id} and clicks {@code item} in its menu, never a label of the
     * same text elsewhere in the window (a table cell saying "Partner", say).
     */
    void choose(String id, String item) throws Exception {
        robot.clickOn("#" + id);
        waitFor(() -> robot.lookup(".context-menu .menu-item .label").match(LabeledMatchers.hasText(item))
                .match(NodeMatchers.isVisible()).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".context-menu .menu-item .label").match(LabeledMatchers.hasText(item))
                .match(NodeMatchers.isVisible()).queryLabeled());
    }

    /** The status bar's notice, where the window reports what it just did. */
    String notice() {
        return robot.lookup("#" + ShellView.NOTICE_ID).queryAs(Label.class).getText();
    }
}
