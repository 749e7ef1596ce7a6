package org.podium.ui.organisations;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.podium.ui.common.Columns;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Styles;

/** The Organisations section: organisers, partners, cities and funders as a table. */
public final class OrganisationsView {
    public static final String TABLE_ID = "organisationTable";

    private final OrganisationsViewModel model;

    public OrganisationsView(OrganisationsViewModel model) {
        this.model = model;
    }

    public Region build() {
        TableView<OrganisationsViewModel.OrganisationRow> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(Messages.get("organisations.empty"));
        empty.getStyleClass().add(Styles.PLACEHOLDER);
        table.setPlaceholder(empty);
        table.getColumns().add(Columns.of("organisations.column.name", OrganisationsViewModel.OrganisationRow::name, 360));
        table.getColumns().add(Columns.of("organisations.column.shortName", OrganisationsViewModel.OrganisationRow::shortName, 150));
        table.getColumns().add(Columns.of("organisations.column.kind", OrganisationsViewModel.OrganisationRow::kind, 150));
        table.getColumns().add(Columns.of("organisations.column.city", OrganisationsViewModel.OrganisationRow::city, 120));
        table.getColumns().add(Columns.of("organisations.column.country", OrganisationsViewModel.OrganisationRow::country, 80));
        return table;
    }

}
