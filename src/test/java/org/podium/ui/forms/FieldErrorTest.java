package org.podium.ui.forms;

import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podium.ui.common.StyleClasses;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** A field's message drawn one way: shown under it, the field marked, the message read with the field. */
@ExtendWith(ApplicationExtension.class)
class FieldErrorTest {
    @Start
    void start(Stage stage) {
        // Only the toolkit is needed: the nodes are checked outside any window.
    }

    @Test
    void anErrorIsShownMarkedAndGivenToTheFieldUntilItIsFixed() {
        TextField field = new TextField();
        StringProperty error = new SimpleStringProperty("");
        Label message = FieldError.under(field, error);

        assertThat(message.isVisible()).isFalse();
        assertThat(message.getStyleClass()).contains(StyleClasses.FIELD_ERROR, Styles.DANGER);
        assertThat(field.getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);

        error.set("Enter an address such as name@example.org.");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Enter an address such as name@example.org.");
        assertThat(field.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        assertThat(field.getAccessibleHelp()).isEqualTo("Enter an address such as name@example.org.");

        error.set("");
        assertThat(message.isVisible()).isFalse();
        assertThat(field.getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);
        assertThat(field.getAccessibleHelp()).isNull();
    }

    @Test
    void anErrorAlreadyThereIsShownAtOnce() {
        TextField field = new TextField();
        Label message = FieldError.under(field, new SimpleStringProperty("Required."));

        assertThat(message.isVisible()).isTrue();
        assertThat(field.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        assertThat(field.getAccessibleHelp()).isEqualTo("Required.");
    }

    @Test
    void aRowOfFieldsSharingOneMessageGivesItToEachField() {
        TextField start = new TextField();
        TextField end = new TextField();
        HBox times = new HBox(start, new Label("–"), end);
        StringProperty error = new SimpleStringProperty("");
        FieldError.under(times, error);

        error.set("The end is before the start.");
        assertThat(start.getAccessibleHelp()).isEqualTo("The end is before the start.");
        assertThat(end.getAccessibleHelp()).isEqualTo("The end is before the start.");
    }
}
