package org.podium.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.podium.ui.common.Dialogs;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;

/** Help → Keyboard shortcuts: every shortcut of the window with what it does. */
final class ShortcutsView {
    static final String GRID_ID = "shortcutsGrid";

    private ShortcutsView() {
    }

    static Dialog<ButtonType> dialog(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("shortcuts.title"));
        dialog.setHeaderText(Messages.get("shortcuts.title"));
        GridPane grid = new GridPane();
        grid.setId(GRID_ID);
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(8, 4, 8, 4));
        Label keys = new Label(Messages.get("shortcuts.column.keys"));
        Label action = new Label(Messages.get("shortcuts.column.action"));
        keys.getStyleClass().add(StyleClasses.FIELD_LABEL);
        action.getStyleClass().add(StyleClasses.FIELD_LABEL);
        grid.addRow(0, keys, action);
        int row = 1;
        for (Shortcuts.Line line : Shortcuts.sheet()) {
            Label what = new Label(Messages.get(line.action()));
            what.setWrapText(true);
            what.setMaxWidth(460);
            grid.addRow(row++, new Label(line.keys()), what);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        return Dialogs.closedByShortcut(dialog);
    }

    static void showAndWait(Window owner) {
        dialog(owner).showAndWait();
    }
}
