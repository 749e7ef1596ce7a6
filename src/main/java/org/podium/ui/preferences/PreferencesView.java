package org.podium.ui.preferences;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.podium.service.Preferences;
import org.podium.ui.common.Messages;

/** The preferences dialog: interface language and theme. */
public final class PreferencesView {
    private final PreferencesViewModel model;

    public PreferencesView(PreferencesViewModel model) {
        this.model = model;
    }

    public void showAndWait(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("preferences.title"));
        dialog.setHeaderText(Messages.get("preferences.title"));

        ChoiceBox<Preferences.Language> language = new ChoiceBox<>();
        language.getItems().setAll(Preferences.Language.values());
        language.setConverter(converter("preferences.language."));
        language.valueProperty().bindBidirectional(model.languageProperty());

        ChoiceBox<Preferences.Theme> theme = new ChoiceBox<>();
        theme.getItems().setAll(Preferences.Theme.values());
        theme.setConverter(converter("preferences.theme."));
        theme.valueProperty().bindBidirectional(model.themeProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label(Messages.get("preferences.language")), language);
        grid.addRow(1, new Label(Messages.get("preferences.theme")), theme);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(Messages.get("common.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("common.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        if (dialog.showAndWait().filter(save::equals).isPresent()) {
            model.save();
        }
    }

    private static <E extends Enum<E>> StringConverter<E> converter(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : Messages.get(prefix + value.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, never typed");
            }
        };
    }
}
