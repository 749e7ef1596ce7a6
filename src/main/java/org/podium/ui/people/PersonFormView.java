package org.podium.ui.people;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.domain.Organisation;
import org.podium.ui.common.ActionBar;
import org.podium.ui.common.Converters;
import org.podium.ui.common.Messages;
import org.podium.ui.common.NewOrganisationForm;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.forms.EditConflictPane;
import org.podium.ui.forms.FormGrid;

/** The selected person: their form, and below it the events and roles they have had. */
final class PersonFormView {
    static final String FIRST_NAME_ID = "personFirstName";
    static final String LAST_NAME_ID = "personLastName";
    static final String EMAIL_ID = "personEmail";
    static final String SAVE_ID = "personSave";
    static final String ORGANISATION_ID = "personOrganisation";
    static final String NEW_ORGANISATION_ID = "personNewOrganisation";

    private final PeopleViewModel people;
    private final PersonFormViewModel model;

    PersonFormView(PeopleViewModel people) {
        this.people = people;
        this.model = people.form();
    }

    Region build() {
        Label heading = new Label();
        heading.getStyleClass().add(StyleClasses.DETAILS_TITLE);
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                people.creatingProperty().get() ? Messages.get("people.newTitle")
                        : (model.firstNameProperty().get() + " " + model.lastNameProperty().get()).strip(),
                people.creatingProperty(), model.firstNameProperty(), model.lastNameProperty()));
        VBox box = new VBox(6, heading, EditConflictPane.of(model.lock(), () -> model.save(people::saved)),
                fields(), FormGrid.section("person.section.about", about()),
                FormGrid.section("person.section.events", FormGrid.lines(people.appearances(), Feather.MIC,
                        "person.events.none", "personAppearances")));
        return ActionBar.underScrolling(box, ActionBar.saveAndRevert(SAVE_ID,
                model.validProperty().not().or(model.dirtyProperty().not()), () -> model.save(people::saved),
                model.dirtyProperty(), model::revert));
    }

    private Node fields() {
        ComboBox<Organisation> organisation = new org.controlsfx.control.SearchableComboBox<>(
                model.organisationChoices());
        organisation.setId(ORGANISATION_ID);
        // The search empties the picker while a name it lacks is typed; only the clear button and a
        // choice from the list change the person's organisation, so typing a name to add is no edit.
        organisation.setValue(model.organisationProperty().get());
        model.organisationProperty().addListener((obs, old, now) -> organisation.setValue(now));
        organisation.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.organisationProperty().set(now);
            }
        });
        organisation.setPromptText(Messages.get("person.organisation.none"));
        organisation.setMaxWidth(Double.MAX_VALUE);
        organisation.setConverter(Converters.named(Organisation::name, model.organisationChoices()));
        Button clear = new Button(null, new FontIcon(Feather.X));
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clear.setOnAction(e -> model.organisationProperty().set(null));
        clear.disableProperty().bind(model.organisationProperty().isNull());
        // "Add ‘Name’ as a new organisation…": stored at once and made this person's; the form is not saved.
        javafx.scene.control.Hyperlink addNew = NewOrganisationForm.link(organisation, NEW_ORGANISATION_ID,
                model::isNewOrganisation, typed -> NewOrganisationForm.ask(organisation, typed, null)
                        .ifPresent(model::addNewOrganisation));
        HBox organisationPicker = new HBox(4, organisation, clear);
        HBox.setHgrow(organisation, javafx.scene.layout.Priority.ALWAYS);
        VBox organisationRow = new VBox(2, organisationPicker, addNew);
        javafx.scene.control.TextField first = FormGrid.text(model.honorificProperty(), "personHonorific");
        // A new person's form opens with the cursor in its first field.
        people.creatingProperty().addListener((obs, old, now) -> {
            if (now) {
                org.podium.ui.forms.Focus.soon(first);
            }
        });
        FormGrid grid = new FormGrid(150)
                .field("person.honorific", first, null)
                .field("person.firstName", FormGrid.text(model.firstNameProperty(), FIRST_NAME_ID), null)
                .field("person.lastName", FormGrid.text(model.lastNameProperty(), LAST_NAME_ID),
                        model.nameErrorProperty())
                .field("person.email", FormGrid.text(model.emailProperty(), EMAIL_ID), model.emailErrorProperty())
                .field("person.phone", FormGrid.text(model.phoneProperty(), "personPhone"), null)
                .field("person.position", FormGrid.text(model.positionProperty(), "personPosition"), null)
                .field("person.organisation", organisationRow, null)
                .field("person.city", FormGrid.text(model.cityProperty(), "personCity"), null)
                .field("person.country", FormGrid.text(model.countryProperty(), "personCountry"), null);
        return grid.grid();
    }

    private Node about() {
        FormGrid grid = new FormGrid(150)
                .field("person.bio", area(model.bioProperty()), null)
                .field("person.notes", area(model.notesProperty()), null);
        return grid.grid();
    }

    private static TextArea area(javafx.beans.property.StringProperty property) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(property);
        return area;
    }
}
