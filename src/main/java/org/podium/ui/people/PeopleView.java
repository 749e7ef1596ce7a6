package org.podium.ui.people;

import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.podium.ui.common.Columns;
import org.podium.ui.common.Messages;
import org.podium.ui.forms.ListDetailLayout;

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
        TableView<PeopleViewModel.PersonRow> table = ListDetailLayout.table(TABLE_ID, model.rows(), model.placeholderProperty(),
                model.selectedProperty(), model::choose, model::deleteSelected);
        table.getColumns().add(Columns.of("people.column.name", PeopleViewModel.PersonRow::name, 170));
        table.getColumns().add(Columns.of("people.column.organisation", PeopleViewModel.PersonRow::organisation, 200));
        table.getColumns().add(Columns.of("people.column.email", PeopleViewModel.PersonRow::email, 160));
        return table;
    }
}
