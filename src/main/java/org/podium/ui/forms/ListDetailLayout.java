package org.podium.ui.forms;

import atlantafx.base.theme.Styles;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;

/** The directory screens' shape: a list with New and Delete above it, beside the selected record's form. */
public final class ListDetailLayout {
    private ListDetailLayout() {
    }

    /** The list and its toolbar on the left; the form on the right, or a placeholder while nothing is open. */
    public static Region split(Region table, Region toolbar, Region form, String noneKey, ObservableBooleanValue formShown) {
        // The toolbar before the list, so Tab goes through them in the order they are drawn.
        BorderPane list = new BorderPane();
        list.setTop(toolbar);
        list.setCenter(table);
        list.setMinWidth(360);
        Label none = new Label(Messages.get(noneKey));
        none.getStyleClass().add(StyleClasses.PLACEHOLDER);
        StackPane details = new StackPane(none, form);
        form.visibleProperty().bind(formShown);
        // A new record's form hides for a moment when it is saved: the field being typed in keeps the focus.
        Focus.keepThrough(form);
        none.visibleProperty().bind(form.visibleProperty().not());
        details.setMinWidth(420);
        SplitPane split = new SplitPane(list, details);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        return split;
    }

    /** A New button with its text, and a Delete icon with a tooltip, enabled only while something is selected. */
    public static HBox newAndDelete(String newId, String newKey, Feather newIcon, Runnable onNew,
                                    String deleteId, String deleteKey, ObservableBooleanValue nothingSelected,
                                    Runnable onDelete) {
        Button add = new Button(Messages.get(newKey), new FontIcon(newIcon));
        add.setId(newId);
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> onNew.run());
        Button delete = new Button(Messages.get(deleteKey), new FontIcon(Feather.TRASH_2));
        delete.setId(deleteId);
        delete.setTooltip(new Tooltip(Messages.get(deleteKey + ".tip")));
        delete.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        delete.getStyleClass().add(Styles.BUTTON_ICON);
        delete.disableProperty().bind(nothingSelected);
        delete.setOnAction(e -> onDelete.run());
        HBox bar = new HBox(6, add, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    /**
     * A directory's table of {@code rows}: constrained columns, the view model's placeholder,
     * and its selection kept in step with {@code selected} as {@link #followSelection} does.
     */
    public static <R> TableView<R> table(String id, ObservableList<R> rows, ObservableValue<String> placeholder,
                                         ObjectProperty<R> selected, BiConsumer<R, Runnable> choose,
                                         Runnable deleteSelected) {
        TableView<R> table = new TableView<>(rows);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        placeholder(table, placeholder);
        followSelection(table, selected, choose, deleteSelected);
        // The list may have loaded before the section was first opened.
        if (selected.get() != null) {
            table.getSelectionModel().select(selected.get());
        }
        return table;
    }

    /** A placeholder for an empty table that says what the view model says (loading, nothing matching, none yet). */
    public static Label placeholder(TableView<?> table, ObservableValue<String> text) {
        Label empty = new Label();
        empty.textProperty().bind(text);
        empty.getStyleClass().add(StyleClasses.PLACEHOLDER);
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        return empty;
    }

    /**
     * Keeps the table's selection and the view model's selected row in step: a click chooses
     * the row once the form's edits are settled (if the coordinator stays, so does the row),
     * Delete deletes the selected one, and a row selected by the model is selected and shown.
     */
    public static <R> void followSelection(TableView<R> table, ObjectProperty<R> selected,
                                           BiConsumer<R, Runnable> choose, Runnable deleteSelected) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                choose.accept(row, () -> Platform.runLater(() -> {
                    if (selected.get() == null) {
                        table.getSelectionModel().clearSelection();
                    } else {
                        table.getSelectionModel().select(selected.get());
                    }
                }));
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && selected.get() != null) {
                e.consume();
                deleteSelected.run();
            }
        });
        selected.addListener((obs, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });
    }
}
