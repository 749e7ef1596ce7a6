package org.podium.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The real dialogs, owned by the main window so they stay in front of it. */
public final class FxDialogService implements DialogService {
    /** The width a dialog's message wraps at, in pixels. */
    private static final double BODY_WIDTH = 480;
    private final Window owner;
    private File lastFolder;

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

    @Override
    public SaveChoice askToSave(String title, String message) {
        ButtonType save = new ButtonType(Messages.get("common.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = Dialogs.cancel();
        Alert alert = new Alert(Alert.AlertType.WARNING, "", save, discard, cancel);
        prepare(alert, title, message);
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        return chosen == save ? SaveChoice.SAVE : chosen == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String kind, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*." + extension));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String kind, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind,
                java.util.Arrays.stream(extensions).map(e -> "*." + e).toList()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.allFiles"), "*.*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }

    @Override
    public Optional<LocalDateTime> askDateTime(String title, String message, LocalDateTime suggested) {
        Dialog<ButtonType> dialog = Dialogs.closedByShortcut(new Dialog<>());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        DatePicker date = new DatePicker(suggested.toLocalDate());
        TextField time = new TextField(String.format("%02d:%02d", suggested.getHour(), suggested.getMinute()));
        time.setPrefColumnCount(5);
        HBox fields = new HBox(8, date, time);
        dialog.getDialogPane().setContent(fields);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, Dialogs.cancel());
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> date.getValue() == null || parseTime(time.getText()).isEmpty(),
                date.valueProperty(), time.textProperty()));
        return dialog.showAndWait().filter(ButtonType.OK::equals)
                .flatMap(b -> parseTime(time.getText()).map(t -> date.getValue().atTime(t)));
    }

    private static Optional<LocalTime> parseTime(String text) {
        try {
            return Optional.of(LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, "", ButtonType.OK);
        prepare(alert, title, message);
        alert.showAndWait();
    }

    private void prepare(Alert alert, String title, String message) {
        Dialogs.closedByShortcut(alert);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label body = new Label(message);
        body.setWrapText(true);
        // A width to wrap at, not only a limit: the dialog is centred on the window by the width
        // its content asks for before it is laid out, which for a long message on one line was
        // wider than the screen (the first-run welcome opened half off its left edge).
        body.setPrefWidth(BODY_WIDTH);
        body.setMaxWidth(BODY_WIDTH);
        body.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(body);
    }
}
