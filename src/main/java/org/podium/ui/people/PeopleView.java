package org.podium.ui.people;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.podium.ui.common.Columns;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Styles;

/** The People section: the directory as a table. */
public final class PeopleView {
    public static final String TABLE_ID = "peopleTable";

    private final PeopleViewModel model;

    public PeopleView(PeopleViewModel model) {
        this.model = model;
    }

    public Region build() {
        TableView<PeopleViewModel.PersonRow> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(Messages.get("people.empty"));
        empty.getStyleClass().add(Styles.PLACEHOLDER);
        table.setPlaceholder(empty);
        table.getColumns().add(Columns.of("people.column.name", PeopleViewModel.PersonRow::name, 200));
        table.getColumns().add(Columns.of("people.column.position", PeopleViewModel.PersonRow::position, 260));
        table.getColumns().add(Columns.of("people.column.organisation", PeopleViewModel.PersonRow::organisation, 260));
        table.getColumns().add(Columns.of("people.column.email", PeopleViewModel.PersonRow::email, 200));
        return table;
    }

}
