package org.podium.ui.preferences;

import org.podium.ui.common.Dialogs;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import java.time.ZoneId;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.podium.ui.common.ZonePicker;
import javafx.stage.Window;
import org.podium.service.common.Preferences;
import org.podium.ui.common.Converters;
import org.podium.ui.common.Messages;

/** The preferences dialog: interface language, theme and the audience's time zones. */
public final class PreferencesView {
    public static final String LANGUAGE_ID = "preferencesLanguage";
    public static final String THEME_ID = "preferencesTheme";

    private final PreferencesViewModel model;

    public PreferencesView(PreferencesViewModel model) {
        this.model = model;
    }

    public void showAndWait(Window owner) {
        Dialog<ButtonType> dialog = Dialogs.closedByShortcut(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("preferences.title"));
        dialog.setHeaderText(Messages.get("preferences.title"));

        ChoiceBox<Preferences.Language> language = new ChoiceBox<>();
        language.setId(LANGUAGE_ID);
        language.getItems().setAll(Preferences.Language.values());
        language.setConverter(Converters.picked(v -> Messages.get("preferences.language." + v.name().toLowerCase(java.util.Locale.ROOT))));
        language.valueProperty().bindBidirectional(model.languageProperty());

        ChoiceBox<Preferences.Theme> theme = new ChoiceBox<>();
        theme.setId(THEME_ID);
        theme.getItems().setAll(Preferences.Theme.values());
        theme.setConverter(Converters.picked(v -> Messages.get("preferences.theme." + v.name().toLowerCase(java.util.Locale.ROOT))));
        theme.valueProperty().bindBidirectional(model.themeProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label(Messages.get("preferences.language")), language);
        grid.addRow(1, new Label(Messages.get("preferences.theme")), theme);
        Label zonesLabel = new Label(Messages.get("preferences.zones"));
        GridPane.setValignment(zonesLabel, javafx.geometry.VPos.TOP);
        grid.addRow(2, zonesLabel, zones());
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(Messages.get("common.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = org.podium.ui.common.Dialogs.cancel();
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        if (dialog.showAndWait().filter(save::equals).isPresent()) {
            model.save();
        }
    }

    private VBox zones() {
        ListView<ZoneId> list = new ListView<>(model.audienceZones());
        list.setPrefHeight(150);
        list.setPrefWidth(320);
        SearchableComboBox<ZoneId> picker = ZonePicker.create();
        picker.setPromptText(Messages.get("preferences.zones.pick"));
        Button add = new Button(Messages.get("preferences.zones.add"));
        add.disableProperty().bind(picker.valueProperty().isNull());
        add.setOnAction(e -> {
            model.addZone(picker.getValue());
            picker.setValue(null);
        });
        Button remove = new Button(Messages.get("preferences.zones.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeZone(list.getSelectionModel().getSelectedItem()));
        Button reset = new Button(Messages.get("preferences.zones.reset"));
        reset.setOnAction(e -> model.resetZones());
        HBox.setHgrow(picker, javafx.scene.layout.Priority.ALWAYS);
        Label hint = new Label(Messages.get("preferences.zones.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(320);
        hint.getStyleClass().add(org.podium.ui.common.StyleClasses.MUTED);
        return new VBox(6, hint, list, new HBox(6, picker, add), new HBox(6, remove, reset));
    }
}
