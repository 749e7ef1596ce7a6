package org.podium.ui.backup;

import atlantafx.base.theme.Styles;
import org.podium.ui.common.Dialogs;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.Columns;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;

/** The Restore dialog: the backups beside the book, newest first, and a way to pick any file. */
public final class RestoreView {
    public static final String TABLE_ID = "restoreTable";
    public static final String RESTORE_ID = "restoreSelected";
    public static final String FROM_FILE_ID = "restoreFromFile";

    private final RestoreViewModel model;

    public RestoreView(RestoreViewModel model) {
        this.model = model;
    }

    public void showAndWait(Window owner) {
        Dialog<ButtonType> dialog = Dialogs.closedByShortcut(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("restore.title"));
        dialog.setHeaderText(Messages.get("restore.header"));
        dialog.getDialogPane().setContent(build());
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(Messages.get("safety.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setPrefWidth(760);
        dialog.getDialogPane().setMinWidth(760);
        model.closeRequestedProperty().addListener((obs, old, close) -> {
            if (close) {
                dialog.close();
            }
        });
        model.refresh();
        dialog.showAndWait();
    }

    Region build() {
        TableView<RestoreViewModel.Row> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.setPrefHeight(260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(Messages.get("restore.empty"));
        empty.getStyleClass().add(StyleClasses.PLACEHOLDER);
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().add(Columns.of("restore.column.taken", RestoreViewModel.Row::taken, 170));
        table.getColumns().add(Columns.of("restore.column.kind", RestoreViewModel.Row::kind, 170));
        table.getColumns().add(Columns.of("restore.column.size", RestoreViewModel.Row::size, 80));
        table.getColumns().add(Columns.of("restore.column.file", RestoreViewModel.Row::name, 300));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectedProperty().set(row));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.restoreSelected();
            }
        });

        Button restore = new Button(Messages.get("restore.selected"), new FontIcon(Feather.ROTATE_CCW));
        restore.setId(RESTORE_ID);
        restore.getStyleClass().add(Styles.ACCENT);
        restore.disableProperty().bind(model.selectedProperty().isNull());
        restore.setOnAction(e -> model.restoreSelected());
        Button fromFile = new Button(Messages.get("restore.fromFile"), new FontIcon(Feather.FOLDER));
        fromFile.setId(FROM_FILE_ID);
        fromFile.setOnAction(e -> model.restoreFromFile());
        Label folder = new Label(Messages.get("restore.folder", model.folder()));
        folder.getStyleClass().add(StyleClasses.MUTED);
        folder.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, restore, spacer, fromFile);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, folder, table, buttons);
        box.setPadding(new Insets(4));
        return box;
    }
}
