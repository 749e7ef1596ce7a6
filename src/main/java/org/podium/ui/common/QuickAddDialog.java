package org.podium.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The small form a picker opens to add what the directory lacks ("Add ‘Name’ as a new
 * person…", "… as a new organisation…"): a few labelled fields, the first required and
 * holding the cursor, and one button that adds.
 */
public final class QuickAddDialog {
    /** The line under the fields that says why the values were refused. */
    public static final String REFUSAL_ID = "quickAddRefusal";
    private final Dialog<ButtonType> dialog = Dialogs.closedByShortcut(new Dialog<>());
    private final GridPane grid = new GridPane();
    private final TextField required;
    private int rows;

    /**
     * A dialog over {@code picker}'s window titled {@code title}; its header is the message
     * {@code headerKey} with {@code typed}, and the required field starts as that text.
     */
    public QuickAddDialog(Node picker, String typed, String title, String headerKey, String requiredLabel,
                          String requiredId) {
        typed = typed == null ? "" : typed.strip();
        if (picker.getScene() != null) {
            dialog.initOwner(picker.getScene().getWindow());
        }
        dialog.setTitle(title);
        dialog.setHeaderText(typed.isBlank() ? title : Messages.get(headerKey, typed));
        grid.setHgap(10);
        grid.setVgap(8);
        required = new TextField(typed);
        required.setId(requiredId);
        field(requiredLabel, required);
    }

    /** Adds a labelled row under the others. */
    public QuickAddDialog field(String label, Node control) {
        if (control instanceof TextField text) {
            text.setPrefColumnCount(24);
        }
        grid.addRow(rows++, new Label(label), control);
        return this;
    }

    /** The required field, first in the form. */
    public TextField required() {
        return required;
    }

    /** Shows the form and waits; true when the user pressed {@code addLabel} with the required field filled. */
    public boolean showAndWait(String addLabel) {
        return showUntilTaken(addLabel, Attempt::taken);
    }

    /**
     * Shows the form and waits until {@code add} takes its values or the user cancels; true when
     * taken. Each press of {@code addLabel} (with the required field filled) calls {@code add}
     * on the window's thread, which answers the {@link Attempt} then or later, when work it
     * started ends; meanwhile the button waits. A refusal leaves everything typed in place, so
     * a malformed address or one already in the directory costs a correction, not the form.
     */
    public boolean showUntilTaken(String addLabel, Consumer<Attempt> add) {
        Label refusal = new Label();
        refusal.setId(REFUSAL_ID);
        refusal.getStyleClass().addAll(atlantafx.base.theme.Styles.DANGER, StyleClasses.FIELD_ERROR);
        refusal.setWrapText(true);
        refusal.setMaxWidth(Double.MAX_VALUE);
        grid.add(refusal, 0, rows, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType addButton = new ButtonType(addLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(addButton, Dialogs.cancel());
        Node button = dialog.getDialogPane().lookupButton(addButton);
        javafx.beans.property.BooleanProperty waiting = new javafx.beans.property.SimpleBooleanProperty(false);
        button.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> waiting.get() || required.getText() == null || required.getText().isBlank(),
                required.textProperty(), waiting));
        button.addEventFilter(javafx.event.ActionEvent.ACTION, press -> {
            press.consume();
            waiting.set(true);
            refusal.setText("");
            add.accept(new Attempt() {
                @Override
                public void taken() {
                    waiting.set(false);
                    dialog.setResult(addButton);
                    dialog.close();
                }

                @Override
                public void refused(String why) {
                    waiting.set(false);
                    refusal.setText(why);
                }
            });
        });
        Platform.runLater(required::requestFocus);
        return dialog.showAndWait().filter(addButton::equals).isPresent();
    }

    /**
     * The link beside a picker that opens the small form: its text follows what is typed in the
     * picker's search ({@code textFor} gets it, stripped), and it hands that text to
     * {@code onAction}. The search is emptied when the picker's list closes, which a click on
     * the link does, so the text typed last is kept until the user types again.
     */
    public static <T> Hyperlink link(ComboBox<T> picker, String id, Function<String, String> textFor,
                                 Consumer<String> onAction) {
        Hyperlink link = new Hyperlink(textFor.apply(""), new FontIcon(Feather.PLUS_CIRCLE));
        link.setId(id);
        String[] typed = {""};
        link.setOnAction(e -> onAction.accept(typed[0]));
        Runnable watch = () -> picker.lookupAll(".text-field").stream().filter(n -> n instanceof TextField)
                .forEach(n -> ((TextField) n).textProperty().addListener((obs, old, now) -> {
                    String text = now == null ? "" : now.strip();
                    if (text.isEmpty() && !picker.isShowing()) {
                        return;
                    }
                    typed[0] = text;
                    link.setText(textFor.apply(text));
                }));
        if (picker.getSkin() != null) {
            watch.run();
        } else {
            picker.skinProperty().addListener((obs, old, now) -> watch.run());
        }
        // Once what was typed is in the list (just added, say), the link offers a new one from scratch.
        picker.getItems().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            if (textFor.apply(typed[0]).equals(textFor.apply(""))) {
                typed[0] = "";
                link.setText(textFor.apply(""));
            }
        });
        // The search empties the picker when its list closes on a name it lacks; a name typed only
        // to be added must not take away the value the form had (a person's organisation, say).
        java.util.List<T> before = new java.util.ArrayList<>(java.util.Collections.singletonList(null));
        boolean[] restoring = {false};
        picker.showingProperty().addListener((obs, was, now) -> {
            if (now) {
                before.set(0, picker.getValue());
            } else if (before.get(0) != null) {
                T kept = before.get(0);
                Platform.runLater(() -> {
                    if (picker.getValue() == null && picker.getItems().contains(kept)) {
                        restoring[0] = true;
                        try {
                            picker.setValue(kept);
                        } finally {
                            restoring[0] = false;
                        }
                    }
                });
            }
        });
        // A choice made in the list ends the typing: the link offers a new one from scratch.
        picker.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !restoring[0]) {
                typed[0] = "";
                link.setText(textFor.apply(""));
            }
        });
        return link;
    }
}
