package org.podium.ui.people;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.podium.ui.common.Columns;
import org.podium.ui.common.ListDetailLayout;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;

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
        return ListDetailLayout.split(table(), ListDetailLayout.newAndDelete(NEW_ID, "people.new", Feather.USER_PLUS,
                model::newPerson, DELETE_ID, "people.delete", model.selectedProperty().isNull(), model::deleteSelected),
                new PersonFormView(model).build(), "people.details.none",
                model.selectedProperty().isNotNull().or(model.creatingProperty()));
    }

    private TableView<PeopleViewModel.PersonRow> table() {
        TableView<PeopleViewModel.PersonRow> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(model.placeholderProperty());
        empty.getStyleClass().add(StyleClasses.PLACEHOLDER);
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().add(Columns.of("people.column.name", PeopleViewModel.PersonRow::name, 170));
        table.getColumns().add(Columns.of("people.column.organisation", PeopleViewModel.PersonRow::organisation, 200));
        table.getColumns().add(Columns.of("people.column.email", PeopleViewModel.PersonRow::email, 160));
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
