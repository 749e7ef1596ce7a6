package org.podium.ui.about;

import org.podium.ui.common.Dialogs;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;

/** Help → About: each fact in a read-only field, so a path or a version can be selected and copied. */
public final class AboutView {
    public static final String GRID_ID = "aboutGrid";

    private final AboutViewModel model;

    public AboutView(AboutViewModel model) {
        this.model = model;
    }

    public Region build() {
        GridPane grid = new GridPane();
        grid.setId(GRID_ID);
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        int row = 0;
        for (AboutViewModel.Row fact : model.rows()) {
            Label label = new Label(fact.label());
            label.getStyleClass().add(StyleClasses.FIELD_LABEL);
            TextField value = new TextField(fact.value());
            value.setEditable(false);
            value.setPrefColumnCount(Math.max(24, Math.min(60, fact.value().length())));
            GridPane.setHgrow(value, Priority.ALWAYS);
            grid.addRow(row++, label, value);
        }
        return grid;
    }

    public void showAndWait(Window owner) {
        Dialog<ButtonType> dialog = Dialogs.closedByShortcut(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle(model.title());
        dialog.setHeaderText(model.heading());
        dialog.setGraphic(new FontIcon(Feather.MIC));
        dialog.getDialogPane().setContent(build());
        ButtonType copy = new ButtonType(Messages.get("about.copy"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().setAll(copy, ButtonType.CLOSE);
        Button copyButton = (Button) dialog.getDialogPane().lookupButton(copy);
        // Copying keeps the box open: the user may want to read it once more.
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.text());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
        dialog.showAndWait();
    }
}
