package org.podium.ui.organisations;

import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.podium.ui.common.Columns;
import org.podium.ui.common.Messages;
import org.podium.ui.forms.ListDetailLayout;

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
        TableView<OrganisationsViewModel.OrganisationRow> table = ListDetailLayout.table(TABLE_ID, model.rows(),
                model.placeholderProperty(), model.selectedProperty(), model::choose, model::deleteSelected);
        table.getColumns().add(Columns.of("organisations.column.name", OrganisationsViewModel.OrganisationRow::name, 250));
        table.getColumns().add(Columns.of("organisations.column.kind", OrganisationsViewModel.OrganisationRow::kind, 120));
        table.getColumns().add(Columns.of("organisations.column.city", OrganisationsViewModel.OrganisationRow::city, 100));
        return table;
    }
}
