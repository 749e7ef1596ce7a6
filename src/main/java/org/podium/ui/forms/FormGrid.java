package org.podium.ui.forms;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;

/**
 * The labelled two-column grids of Podium's forms: a label, the field, and the view model's
 * message for it underneath, so every form draws validation the same way.
 */
public final class FormGrid {
    private final GridPane grid = new GridPane();
    private int row;

    public FormGrid(double labelWidth) {
        grid.setHgap(12);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints(labelWidth, labelWidth, labelWidth);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
    }

    public GridPane grid() {
        return grid;
    }

    /** Adds a labelled field; a non-null {@code error} shows under it as {@link FieldError} draws it. */
    public FormGrid field(String key, Node field, ObservableStringValue error) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(StyleClasses.FIELD_LABEL);
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        row++;
        if (error != null) {
            grid.add(FieldError.under(field, error), 1, row++);
        }
        return this;
    }

    /** A text field bound both ways to the property. */
    public static TextField text(StringProperty property, String id) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setId(id);
        return field;
    }

    /** A heading over content, as the forms' sections have. */
    public static VBox section(String key, Node content) {
        Label heading = new Label(Messages.get(key));
        heading.getStyleClass().add(StyleClasses.SECTION_HEADING);
        return new VBox(4, heading, content);
    }

    /** A live list of lines, each with {@code icon}, or the muted {@code noneKey} sentence while it is empty. */
    public static Node lines(ObservableList<String> source, Feather icon, String noneKey, String id) {
        VBox list = new VBox(2);
        list.setId(id);
        Runnable redraw = () -> {
            list.getChildren().setAll(source.stream().map(text -> {
                Label line = new Label(text, new FontIcon(icon));
                line.setWrapText(true);
                return (Node) line;
            }).toList());
            if (source.isEmpty()) {
                Label none = new Label(Messages.get(noneKey));
                none.getStyleClass().add(StyleClasses.MUTED);
                list.getChildren().add(none);
            }
        };
        source.addListener((ListChangeListener<String>) c -> redraw.run());
        redraw.run();
        return list;
    }
}
