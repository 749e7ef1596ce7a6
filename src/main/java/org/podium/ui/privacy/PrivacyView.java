package org.podium.ui.privacy;

import atlantafx.base.theme.Styles;
import org.podium.ui.common.Dialogs;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;

/** The Privacy dialog: one address, what is held about it, export and erase. */
public final class PrivacyView {
    public static final String EMAIL_ID = "privacyEmail";
    public static final String LOOK_UP_ID = "privacyLookUp";
    public static final String EXPORT_ID = "privacyExport";
    public static final String ERASE_ID = "privacyErase";
    public static final String HELD_ID = "privacyHeld";

    private final PrivacyViewModel model;

    public PrivacyView(PrivacyViewModel model) {
        this.model = model;
    }

    public void showAndWait(Window owner) {
        Dialog<ButtonType> dialog = Dialogs.closedByShortcut(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("privacy.title"));
        dialog.setHeaderText(Messages.get("privacy.header"));
        dialog.getDialogPane().setContent(build());
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(Messages.get("safety.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setPrefWidth(620);
        dialog.getDialogPane().setMinWidth(620);
        // The address is what the coordinator came to type: the cursor waits there, not on Close.
        dialog.setOnShown(e -> org.podium.ui.forms.Focus.soon(dialog.getDialogPane().lookup("#" + EMAIL_ID)));
        dialog.showAndWait();
    }

    Region build() {
        TextField email = new TextField();
        email.setId(EMAIL_ID);
        email.setPromptText(Messages.get("privacy.email.prompt"));
        email.textProperty().bindBidirectional(model.emailProperty());
        email.setOnAction(e -> model.lookUp());
        HBox.setHgrow(email, Priority.ALWAYS);
        Button lookUp = new Button(Messages.get("privacy.lookUp"), new FontIcon(Feather.SEARCH));
        lookUp.setId(LOOK_UP_ID);
        lookUp.disableProperty().bind(model.validProperty().not());
        lookUp.setOnAction(e -> model.lookUp());
        HBox search = new HBox(8, email, lookUp);
        search.setAlignment(Pos.CENTER_LEFT);

        Label held = new Label();
        held.setId(HELD_ID);
        held.setWrapText(true);
        held.textProperty().bind(model.heldProperty());
        ScrollPane heldPane = new ScrollPane(held);
        heldPane.setFitToWidth(true);
        heldPane.setPrefHeight(200);

        Button export = new Button(Messages.get("privacy.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId(EXPORT_ID);
        export.disableProperty().bind(model.validProperty().not());
        export.setOnAction(e -> model.exportData());
        Button erase = new Button(Messages.get("privacy.erase"), new FontIcon(Feather.USER_X));
        erase.setId(ERASE_ID);
        erase.getStyleClass().add(Styles.DANGER);
        erase.disableProperty().bind(model.validProperty().not().or(Bindings.createBooleanBinding(model::readOnly)));
        erase.setOnAction(e -> model.erase());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, export, spacer, erase);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(Messages.get("privacy.hint"));
        hint.getStyleClass().add(StyleClasses.MUTED);
        hint.setWrapText(true);
        VBox box = new VBox(10, hint, search, heldPane, buttons);
        box.setPadding(new Insets(4));
        return box;
    }
}
