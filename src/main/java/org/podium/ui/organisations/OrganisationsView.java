package org.podium.ui.organisations;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.Columns;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Styles;

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
        BorderPane list = new BorderPane(table());
        list.setTop(toolbar());
        list.setMinWidth(360);
        Region form = new OrganisationFormView(model).build();
        Label none = new Label(Messages.get("organisations.details.none"));
        none.getStyleClass().add(Styles.PLACEHOLDER);
        StackPane details = new StackPane(none, form);
        form.visibleProperty().bind(model.selectedProperty().isNotNull().or(model.creatingProperty()));
        none.visibleProperty().bind(form.visibleProperty().not());
        details.setMinWidth(420);
        SplitPane split = new SplitPane(list, details);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        return split;
    }

    private HBox toolbar() {
        Button add = new Button(Messages.get("organisations.new"), new FontIcon(Feather.PLUS));
        add.setId(NEW_ID);
        add.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        add.setOnAction(e -> model.newOrganisation());
        Button delete = new Button(Messages.get("organisations.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId(DELETE_ID);
        delete.setTooltip(new Tooltip(Messages.get("organisations.delete.tip")));
        delete.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        delete.getStyleClass().add(atlantafx.base.theme.Styles.BUTTON_ICON);
        delete.disableProperty().bind(model.selectedProperty().isNull());
        delete.setOnAction(e -> model.deleteSelected());
        HBox bar = new HBox(6, add, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private TableView<OrganisationsViewModel.OrganisationRow> table() {
        TableView<OrganisationsViewModel.OrganisationRow> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(Messages.get("organisations.empty"));
        empty.getStyleClass().add(Styles.PLACEHOLDER);
        table.setPlaceholder(empty);
        table.getColumns().add(Columns.of("organisations.column.name", OrganisationsViewModel.OrganisationRow::name, 250));
        table.getColumns().add(Columns.of("organisations.column.kind", OrganisationsViewModel.OrganisationRow::kind, 120));
        table.getColumns().add(Columns.of("organisations.column.city", OrganisationsViewModel.OrganisationRow::city, 100));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
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
