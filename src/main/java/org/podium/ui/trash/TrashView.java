package org.podium.ui.trash;

import atlantafx.base.theme.Styles;
import org.podium.ui.common.Dialogs;
import javafx.beans.binding.Bindings;
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

/** The Trash dialog. */
public final class TrashView {
    public static final String TABLE_ID = "trashTable";
    public static final String RESTORE_ID = "trashRestore";
    public static final String EMPTY_ID = "trashEmpty";

    private final TrashViewModel model;

    public TrashView(TrashViewModel model) {
        this.model = model;
    }

    public void showAndWait(Window owner) {
        Dialog<ButtonType> dialog = Dialogs.closedByShortcut(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("trash.title"));
        dialog.setHeaderText(Messages.get("trash.header"));
        dialog.getDialogPane().setContent(build());
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(Messages.get("safety.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setPrefWidth(680);
        dialog.getDialogPane().setMinWidth(680);
        model.refresh();
        dialog.showAndWait();
    }

    Region build() {
        TableView<TrashViewModel.Row> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.setPrefHeight(280);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(Messages.get("trash.isEmpty"));
        empty.getStyleClass().add(StyleClasses.PLACEHOLDER);
        table.setPlaceholder(empty);
        table.getColumns().add(Columns.of("trash.column.kind", TrashViewModel.Row::kindText, 90));
        table.getColumns().add(Columns.of("trash.column.when", TrashViewModel.Row::when, 200));
        table.getColumns().add(Columns.of("trash.column.name", TrashViewModel.Row::name, 360));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectedProperty().set(row));

        Button restore = new Button(Messages.get("trash.restore"), new FontIcon(Feather.ROTATE_CCW));
        restore.setId(RESTORE_ID);
        restore.disableProperty().bind(model.selectedProperty().isNull().or(Bindings.createBooleanBinding(model::readOnly)));
        restore.setOnAction(e -> model.restoreSelected());
        Button emptyTrash = new Button(Messages.get("trash.empty"), new FontIcon(Feather.TRASH_2));
        emptyTrash.setId(EMPTY_ID);
        emptyTrash.getStyleClass().add(Styles.DANGER);
        emptyTrash.disableProperty().bind(Bindings.isEmpty(model.rows()).or(Bindings.createBooleanBinding(model::readOnly)));
        emptyTrash.setOnAction(e -> model.empty());
        Label hint = new Label(Messages.get("trash.hint"));
        hint.getStyleClass().add(StyleClasses.MUTED);
        hint.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, restore, spacer, emptyTrash);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, hint, table, buttons);
        box.setPadding(new Insets(4));
        return box;
    }
}
