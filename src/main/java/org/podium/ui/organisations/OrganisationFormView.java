package org.podium.ui.organisations;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.podium.ui.common.EditConflictPane;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.domain.OrganisationKind;
import org.podium.ui.common.FormGrid;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Styles;
import org.podium.ui.common.Texts;

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
        heading.getStyleClass().add(Styles.DETAILS_TITLE);
        heading.setWrapText(true);
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                organisations.creatingProperty().get() ? Messages.get("organisations.newTitle")
                        : model.nameProperty().get(), organisations.creatingProperty(), model.nameProperty()));
        VBox box = new VBox(6, heading, EditConflictPane.of(model.lock(), () -> model.save(organisations::saved)),
                fields(),
                FormGrid.section("organisation.section.people", lines(organisations.people(), Feather.USER,
                        "organisation.people.none", "organisationPeople")),
                FormGrid.section("organisation.section.events", lines(organisations.events(), Feather.CALENDAR,
                        "organisation.events.none", "organisationEvents")));
        box.setPadding(new Insets(12, 16, 24, 16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return org.podium.ui.common.ActionBar.under(scroll, actions());
    }

    private Node actions() {
        Button save = new Button(Messages.get("common.save"), new FontIcon(Feather.CHECK));
        save.setId(SAVE_ID);
        save.setDefaultButton(true);
        save.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        save.disableProperty().bind(model.validProperty().not().or(model.dirtyProperty().not()));
        save.setOnAction(e -> model.save(organisations::saved));
        Button revert = new Button(Messages.get("form.revert"), new FontIcon(Feather.ROTATE_CCW));
        revert.disableProperty().bind(model.dirtyProperty().not());
        revert.setOnAction(e -> model.revert());
        HBox bar = new HBox(8, save, revert);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node fields() {
        ChoiceBox<OrganisationKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(OrganisationKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(OrganisationKind value) {
                return value == null ? "" : Texts.of(value);
            }

            @Override
            public OrganisationKind fromString(String text) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        javafx.scene.control.TextField name = FormGrid.text(model.nameProperty(), NAME_ID);
        // A new organisation's form opens with the cursor in its first field.
        organisations.creatingProperty().addListener((obs, old, now) -> {
            if (now) {
                org.podium.ui.common.Focus.soon(name);
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

    private static Node lines(ObservableList<String> source, Feather icon, String noneKey, String id) {
        VBox list = new VBox(2);
        list.setId(id);
        Runnable redraw = () -> {
            list.getChildren().setAll(source.stream().map(text -> {
                Label line = new Label(text, new FontIcon(icon));
                line.setWrapText(true);
                return (Node) line;
            }).toList());
            if (source.isEmpty()) {
                Label none = new Label(Messages.get(noneKey));
                none.getStyleClass().add(Styles.MUTED);
                list.getChildren().add(none);
            }
        };
        source.addListener((ListChangeListener<String>) c -> redraw.run());
        redraw.run();
        return list;
    }
}
