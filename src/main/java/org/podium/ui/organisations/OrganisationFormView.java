package org.podium.ui.organisations;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.podium.domain.OrganisationKind;
import org.podium.ui.common.ActionBar;
import org.podium.ui.common.Converters;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.common.Texts;
import org.podium.ui.forms.EditConflictPane;
import org.podium.ui.forms.FormGrid;

/** The selected organisation: its form, its people and the events it takes part in. */
final class OrganisationFormView {
    static final String NAME_ID = "organisationName";
    static final String SAVE_ID = "organisationSave";

    private final OrganisationsViewModel organisations;
    private final OrganisationFormViewModel model;

    OrganisationFormView(OrganisationsViewModel organisations) {
        this.organisations = organisations;
        this.model = organisations.form();
    }

    Region build() {
        Label heading = new Label();
        heading.getStyleClass().add(StyleClasses.DETAILS_TITLE);
        heading.setWrapText(true);
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                organisations.creatingProperty().get() ? Messages.get("organisations.newTitle")
                        : model.nameProperty().get(), organisations.creatingProperty(), model.nameProperty()));
        VBox box = new VBox(6, heading, EditConflictPane.of(model.lock(), () -> model.save(organisations::saved)),
                fields(),
                FormGrid.section("organisation.section.people", FormGrid.lines(organisations.people(), Feather.USER,
                        "organisation.people.none", "organisationPeople")),
                FormGrid.section("organisation.section.events", FormGrid.lines(organisations.events(),
                        Feather.CALENDAR, "organisation.events.none", "organisationEvents")));
        return ActionBar.underScrolling(box, ActionBar.saveAndRevert(SAVE_ID,
                model.validProperty().not().or(model.dirtyProperty().not()), () -> model.save(organisations::saved),
                model.dirtyProperty(), model::revert));
    }

    private Node fields() {
        ChoiceBox<OrganisationKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(OrganisationKind.values());
        kind.setConverter(Converters.picked(Texts::of));
        kind.setId("organisationKind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        javafx.scene.control.TextField name = FormGrid.text(model.nameProperty(), NAME_ID);
        // A new organisation's form opens with the cursor in its first field.
        organisations.creatingProperty().addListener((obs, old, now) -> {
            if (now) {
                org.podium.ui.forms.Focus.soon(name);
            }
        });
        return new FormGrid(150)
                .field("organisation.name", name, model.nameErrorProperty())
                .field("organisation.shortName", FormGrid.text(model.shortNameProperty(), "organisationShortName"), null)
                .field("organisation.kind", kind, null)
                .field("organisation.city", FormGrid.text(model.cityProperty(), "organisationCity"), null)
                .field("organisation.country", FormGrid.text(model.countryProperty(), "organisationCountry"), null)
                .grid();
    }
}
