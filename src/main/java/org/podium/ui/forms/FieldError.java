package org.podium.ui.forms;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.podium.ui.common.StyleClasses;

/**
 * Shows a view model's message for one field the same way on every form: in red on a line
 * kept under the field, the field drawn in the danger colour, and the message given to the
 * field as its accessible help, so a screen reader says it when the field takes the focus.
 */
public final class FieldError {
    private FieldError() {
    }

    /** The message line for {@code field}, to be placed under it; it follows {@code error} from now on. */
    public static Label under(Node field, ObservableStringValue error) {
        Label message = new Label();
        message.textProperty().bind(error);
        message.getStyleClass().addAll(Styles.DANGER, StyleClasses.FIELD_ERROR);
        message.setWrapText(true);
        // The line stays reserved while empty, so an error appearing does not push the form down.
        message.visibleProperty().bind(Bindings.isNotEmpty(error));
        mark(field, error.get());
        error.addListener((obs, old, now) -> mark(field, now));
        return message;
    }

    private static void mark(Node field, String error) {
        boolean wrong = error != null && !error.isEmpty();
        field.pseudoClassStateChanged(Styles.STATE_DANGER, wrong);
        String help = wrong ? error : null;
        if (field instanceof Control || !(field instanceof Parent parent)) {
            field.setAccessibleHelp(help);
            return;
        }
        // A row of fields sharing one message (start, duration, end): each says it when focused.
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Control) {
                child.setAccessibleHelp(help);
            }
        }
    }
}
