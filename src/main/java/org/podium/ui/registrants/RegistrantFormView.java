package org.podium.ui.registrants;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.domain.RegistrationStatus;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.common.Texts;
import org.podium.ui.forms.FieldError;

/** The add/edit form beside the registrants table; it only draws what its view model decides. */
public final class RegistrantFormView {
    public static final String EMAIL_ID = "registrantEmail";
    public static final String FIRST_NAME_ID = "registrantFirstName";
    public static final String LAST_NAME_ID = "registrantLastName";
    public static final String ORGANISATION_ID = "registrantOrganisation";
    public static final String COUNTRY_ID = "registrantCountry";
    public static final String SAVE_ID = "registrantSave";
    public static final String CANCEL_ID = "registrantCancel";
    public static final String EMAIL_ERROR_ID = "registrantEmailError";

    private final RegistrantFormViewModel model;

    public RegistrantFormView(RegistrantFormViewModel model) {
        this.model = model;
    }

    public Region build() {
        Label heading = new Label();
        heading.textProperty().bind(model.headingProperty());
        heading.getStyleClass().add(StyleClasses.SECTION_HEADING);
        heading.setWrapText(true);
        TextField country = text(model.countryProperty(), COUNTRY_ID);
        country.setPromptText(Messages.get("registrants.form.countryPrompt"));
        ChoiceBox<RegistrationStatus> status = new ChoiceBox<>();
        status.getItems().setAll(RegistrationStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(RegistrationStatus value) {
                return value == null ? "" : Texts.of(value);
            }

            @Override
            public RegistrationStatus fromString(String text) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(model.statusProperty());
        CheckBox consent = new CheckBox(Messages.get("registrants.form.consent"));
        consent.selectedProperty().bindBidirectional(model.consentProperty());
        consent.setWrapText(true);
        consent.setPadding(new Insets(8, 0, 0, 0));
        TextArea notes = new TextArea();
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.textProperty().bindBidirectional(model.notesProperty());
        TextField email = text(model.emailProperty(), EMAIL_ID);
        // The form opens with the cursor in its first field.
        model.openProperty().addListener((obs, old, now) -> {
            if (now) {
                org.podium.ui.forms.Focus.soon(email);
            }
        });
        if (model.openProperty().get()) {
            org.podium.ui.forms.Focus.soon(email);
        }
        VBox fields = new VBox(2, org.podium.ui.forms.EditConflictPane.of(model.lock(), model::save),
                field("registrants.form.email", email, model.emailErrorProperty(),
                        EMAIL_ERROR_ID),
                pair(field("registrants.form.firstName", text(model.firstNameProperty(), FIRST_NAME_ID), null, null),
                        field("registrants.form.lastName", text(model.lastNameProperty(), LAST_NAME_ID), null, null)),
                field("registrants.form.organisation", text(model.organisationProperty(), ORGANISATION_ID), null, null),
                field("registrants.form.jobTitle", text(model.jobTitleProperty(), null), null, null),
                pair(field("registrants.form.city", text(model.cityProperty(), null), null, null),
                        field("registrants.form.country", country, model.countryErrorProperty(), null)),
                pair(field("registrants.form.status", status, null, null),
                        field("registrants.form.language", text(model.languageProperty(), null), null, null)),
                notice(model.statusNoticeProperty()),
                consent,
                notice(model.consentNoticeProperty()),
                pair(field("registrants.form.minutes", text(model.minutesProperty(), null), model.minutesErrorProperty(),
                        null), new VBox()),
                field("registrants.form.notes", notes, null, null));
        fields.setPadding(new Insets(0, 4, 8, 0));

        ScrollPane scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        BorderPane pane = new BorderPane(scroll);
        pane.setTop(heading);
        pane.setBottom(actions());
        pane.setPadding(new Insets(0, 8, 8, 12));
        pane.setPrefWidth(300);
        pane.setMinWidth(260);
        pane.setMaxWidth(340);
        return pane;
    }

    private Node actions() {
        Button save = new Button(Messages.get("common.save"), new FontIcon(Feather.CHECK));
        save.setId(SAVE_ID);
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.validProperty().not().or(model.savingProperty())
                .or(model.addingProperty().not().and(model.dirtyProperty().not())));
        save.setOnAction(e -> model.save());
        Button cancel = new Button(Messages.get("common.cancel"));
        cancel.setId(CANCEL_ID);
        cancel.setOnAction(e -> model.cancel());
        HBox bar = new HBox(8, save, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 0, 0, 0));
        return bar;
    }

    private static TextField text(StringProperty property, String id) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        if (id != null) {
            field.setId(id);
        }
        return field;
    }

    /** A label over its field, with the field's error underneath when there is one. */
    private static VBox field(String key, Control field, ObservableStringValue error, String errorId) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(StyleClasses.FIELD_LABEL);
        label.setPadding(new Insets(6, 0, 0, 0));
        label.setLabelFor(field);
        field.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(2, label, field);
        if (error == null) {
            return box;
        }
        Label message = FieldError.under(field, error);
        if (errorId != null) {
            message.setId(errorId);
        }
        box.getChildren().add(message);
        return box;
    }

    /** Two short fields side by side, sharing the width. */
    private static HBox pair(VBox left, VBox right) {
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(1);
        right.setPrefWidth(1);
        return new HBox(8, left, right);
    }

    private static Label notice(ObservableStringValue text) {
        Label notice = new Label();
        notice.textProperty().bind(text);
        notice.getStyleClass().add(StyleClasses.MUTED);
        notice.setWrapText(true);
        notice.visibleProperty().bind(Bindings.isNotEmpty(text));
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }
}
