package org.podium.ui.forms;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.Messages;

/**
 * The pane every form shows above its fields when someone else saved the record it edits:
 * who and when, each field they changed with their value and the form's, "Keep mine" or
 * "Take theirs" per field, and a save made against their version. One piece of code for the
 * event, person, organisation, seat and registrant forms.
 */
public final class EditConflictPane {
    public static final String PANE_ID = "editConflict";
    public static final String SAVE_ID = "editConflictSave";
    public static final String DISMISS_ID = "editConflictDismiss";
    /** Prefixes of each row's two choices, followed by the row's index: editConflictMine0, editConflictTheirs0. */
    public static final String MINE_ID = "editConflictMine";
    public static final String THEIRS_ID = "editConflictTheirs";
    // Inline, with the theme's looked-up colours, so the pane stands on its own in any form.
    private static final String STYLE = "-fx-background-color: -color-warning-subtle;"
            + " -fx-border-color: -color-warning-emphasis; -fx-border-width: 0 0 0 4;";

    private EditConflictPane() {
    }

    /**
     * A pane shown while {@code lock} holds a conflict and hidden otherwise; its Save button
     * resolves the conflict and runs {@code save}.
     */
    public static <R> VBox of(EditLock<R> lock, Runnable save) {
        VBox pane = new VBox(8);
        pane.setId(PANE_ID);
        pane.setPadding(new Insets(10, 12, 10, 12));
        pane.setStyle(STYLE);
        javafx.beans.property.ReadOnlyObjectProperty<EditConflict<R>> conflict = lock.conflictProperty();
        pane.visibleProperty().bind(conflict.isNotNull());
        pane.managedProperty().bind(pane.visibleProperty());
        conflict.addListener((obs, old, now) -> fill(pane, now, lock, save));
        fill(pane, conflict.getValue(), lock, save);
        return pane;
    }

    private static <R> void fill(VBox pane, EditConflict<R> conflict, EditLock<R> lock, Runnable save) {
        pane.getChildren().clear();
        if (conflict == null) {
            return;
        }
        Label heading = new Label(conflict.heading(), new FontIcon(Feather.ALERT_TRIANGLE));
        heading.setWrapText(true);
        heading.setStyle("-fx-font-weight: bold;");
        pane.getChildren().add(heading);
        if (!conflict.rows().isEmpty()) {
            pane.getChildren().add(grid(conflict));
        }
        Button keep = new Button(Messages.get("conflict.save"), new FontIcon(Feather.CHECK));
        keep.setId(SAVE_ID);
        keep.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        keep.setOnAction(e -> lock.resolve(save));
        Button dismiss = new Button(Messages.get("conflict.dismiss"));
        dismiss.setId(DISMISS_ID);
        dismiss.setOnAction(e -> lock.dismiss());
        pane.getChildren().add(new HBox(8, keep, dismiss));
    }

    private static GridPane grid(EditConflict<?> conflict) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.SOMETIMES);
        wide.setMaxWidth(320);
        // The field's name and the two choices keep their whole text; the values wrap instead.
        grid.getColumnConstraints().addAll(whole(), wide, wide, whole());
        grid.addRow(0, header("conflict.field"), header("conflict.theirs"), header("conflict.mine"),
                header("conflict.choice"));
        int index = 0;
        for (EditConflict.Row row : conflict.rows()) {
            ToggleGroup choice = new ToggleGroup();
            RadioButton mine = new RadioButton(Messages.get("conflict.keepMine"));
            mine.setId(MINE_ID + index);
            mine.setToggleGroup(choice);
            RadioButton theirs = new RadioButton(Messages.get("conflict.takeTheirs"));
            theirs.setId(THEIRS_ID + index);
            theirs.setToggleGroup(choice);
            theirs.setSelected(row.takeTheirsProperty().get());
            mine.setSelected(!row.takeTheirsProperty().get());
            theirs.selectedProperty().addListener((obs, was, now) -> row.takeTheirsProperty().set(now));
            Label field = new Label(row.label());
            field.setMinWidth(Region.USE_PREF_SIZE);
            mine.setMinWidth(Region.USE_PREF_SIZE);
            theirs.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(index + 1, field, value(row.theirs()), value(row.mine()), new HBox(12, mine, theirs));
            index++;
        }
        return grid;
    }

    private static ColumnConstraints whole() {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(Region.USE_PREF_SIZE);
        return column;
    }

    private static Label header(String key) {
        Label label = new Label(Messages.get(key));
        label.setStyle("-fx-text-fill: -color-fg-muted;");
        return label;
    }

    private static Label value(String text) {
        Label label = new Label(text.isEmpty() ? "—" : text);
        label.setWrapText(true);
        return label;
    }
}
