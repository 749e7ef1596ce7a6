package org.podium.ui.common;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ToolBar;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * A tool bar's overflow (») menu closes as soon as a button in it is pressed, before the
 * button's action runs: a file chooser or a dialog that the action opens no longer has the menu
 * left open behind it. JavaFX's menu holds the bar's own buttons, which consume the click.
 */
public final class OverflowMenu {
    private OverflowMenu() {
    }

    /** From now on a button of {@code bar} pressed in its overflow menu closes the menu first. */
    public static ToolBar closesOnAction(ToolBar bar) {
        for (Node item : bar.getItems()) {
            item.addEventFilter(ActionEvent.ACTION, e -> {
                Window holder = item.getScene() == null ? null : item.getScene().getWindow();
                if (holder instanceof PopupWindow menu) {
                    menu.hide();
                }
            });
        }
        return bar;
    }
}
