package org.podium.ui.organisations;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.podium.ui.common.Columns;
import org.podium.ui.common.ListDetailLayout;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;

/** The Organisations section: organisers, partners, cities and funders beside the selected one. */
public final class OrganisationsView {
    public static final String TABLE_ID = "organisationTable";
    public static final String NEW_ID = "newOrganisation";
    public static final String DELETE_ID = "deleteOrganisation";

    private final OrganisationsViewModel model;

    public OrganisationsView(OrganisationsViewModel model) {
        this.model = model;
    }

    public Region build() {
        return ListDetailLayout.split(table(), ListDetailLayout.newAndDelete(NEW_ID, "organisations.new", Feather.PLUS,
                model::newOrganisation, DELETE_ID, "organisations.delete", model.selectedProperty().isNull(), model::deleteSelected),
                new OrganisationFormView(model).build(), "organisations.details.none",
                model.selectedProperty().isNotNull().or(model.creatingProperty()));
    }

    private TableView<OrganisationsViewModel.OrganisationRow> table() {
        TableView<OrganisationsViewModel.OrganisationRow> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(model.placeholderProperty());
        empty.getStyleClass().add(StyleClasses.PLACEHOLDER);
        table.setPlaceholder(empty);
        table.getColumns().add(Columns.of("organisations.column.name", OrganisationsViewModel.OrganisationRow::name, 250));
        table.getColumns().add(Columns.of("organisations.column.kind", OrganisationsViewModel.OrganisationRow::kind, 120));
        table.getColumns().add(Columns.of("organisations.column.city", OrganisationsViewModel.OrganisationRow::city, 100));
        // Another row is shown once the form's edits are settled; if the coordinator stays, so does the row.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.choose(row, () -> javafx.application.Platform.runLater(() -> {
                    if (model.selectedProperty().get() == null) {
                        table.getSelectionModel().clearSelection();
                    } else {
                        table.getSelectionModel().select(model.selectedProperty().get());
                    }
                }));
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE && model.selectedProperty().get() != null) {
                e.consume();
                model.deleteSelected();
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });
        // The list may have loaded before the section was first opened.
        if (model.selectedProperty().get() != null) {
            table.getSelectionModel().select(model.selectedProperty().get());
        }
        return table;
    }
}
