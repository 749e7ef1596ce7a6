package org.podium.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.VBox;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A button pressed in a tool bar's overflow menu finds the menu closed when its action runs. */
@ExtendWith(ApplicationExtension.class)
class OverflowMenuTest {
    private Stage stage;
    private final List<Boolean> menuOpenWhileActing = new ArrayList<>();

    @Start
    void start(Stage primary) {
        stage = new Stage();
        Button importFile = new Button("Import…");
        importFile.setId("overflowImport");
        // As a file chooser would find the window when it opens.
        importFile.setOnAction(e -> menuOpenWhileActing.add(Window.getWindows().stream()
                .anyMatch(w -> w instanceof ContextMenu && w.isShowing())));
        ToolBar bar = OverflowMenu.closesOnAction(new ToolBar(new Button("Search the registrants"),
                new Button("All statuses"), new Button("Add a registrant"), importFile));
        stage.setScene(new Scene(new VBox(bar), 260, 200));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void importChosenFromTheOverflowMenuClosesTheMenuBeforeItsActionRuns(FxRobot robot) {
        robot.clickOn(".tool-bar-overflow-button");
        WaitForAsyncUtils.waitForFxEvents();
        Button inMenu = robot.lookup("#overflowImport").queryButton();
        assertThat(inMenu.getScene().getWindow()).as("the button is in the overflow menu")
                .isInstanceOf(PopupWindow.class);
        assertThat(inMenu.getScene().getWindow().isShowing()).isTrue();

        robot.clickOn(inMenu);

        assertThat(menuOpenWhileActing).containsExactly(false);
    }
}
