package org.podium.ui.people;

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

/** The People section: the directory as a table beside the selected person's form and events. */
public final class PeopleView {
    public static final String TABLE_ID = "peopleTable";
    public static final String NEW_ID = "newPerson";
    public static final String DELETE_ID = "deletePerson";

    private final PeopleViewModel model;

    public PeopleView(PeopleViewModel model) {
        this.model = model;
    }

    public Region build() {
        BorderPane list = new BorderPane(table());
        list.setTop(toolbar());
        list.setMinWidth(360);
        Region form = new PersonFormView(model).build();
        Label none = new Label(Messages.get("people.details.none"));
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
        Button add = new Button(Messages.get("people.new"), new FontIcon(Feather.USER_PLUS));
        add.setId(NEW_ID);
        add.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        add.setOnAction(e -> model.newPerson());
        Button delete = new Button(Messages.get("people.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId(DELETE_ID);
        delete.setTooltip(new Tooltip(Messages.get("people.delete.tip")));
        delete.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        delete.getStyleClass().add(atlantafx.base.theme.Styles.BUTTON_ICON);
        delete.disableProperty().bind(model.selectedProperty().isNull());
        delete.setOnAction(e -> model.deleteSelected());
        HBox bar = new HBox(6, add, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private TableView<PeopleViewModel.PersonRow> table() {
        TableView<PeopleViewModel.PersonRow> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(Messages.get("people.empty"));
        empty.getStyleClass().add(Styles.PLACEHOLDER);
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().add(Columns.of("people.column.name", PeopleViewModel.PersonRow::name, 170));
        table.getColumns().add(Columns.of("people.column.organisation", PeopleViewModel.PersonRow::organisation, 200));
        table.getColumns().add(Columns.of("people.column.email", PeopleViewModel.PersonRow::email, 160));
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
