package org.podium.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The real dialogs, owned by the main window so they stay in front of it. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInformation(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yesButton, noButton);
        prepare(alert, title, message);
        return alert.showAndWait().filter(yesButton::equals).isPresent();
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, "", ButtonType.OK);
        prepare(alert, title, message);
        alert.showAndWait();
    }

    private void prepare(Alert alert, String title, String message) {
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label body = new Label(message);
        body.setWrapText(true);
        body.setMaxWidth(480);
        alert.getDialogPane().setContent(body);
    }
}
