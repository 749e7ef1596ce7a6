package org.podium.ui.events;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.podium.domain.EventStatus;
import org.podium.ui.common.Columns;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Styles;

/** The Events section: the table of events beside the selected event's details. */
public final class EventListView {
    public static final String TABLE_ID = "eventTable";

    private final EventListViewModel model;

    public EventListView(EventListViewModel model) {
        this.model = model;
    }

    public Region build() {
        TableView<EventRow> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(placeholder());
        // Fixed widths for the short columns, so the title takes whatever room is left.
        TableColumn<EventRow, String> when = fixed(Columns.of("events.column.when", EventRow::when, 200));
        table.getColumns().add(when);
        table.getColumns().add(Columns.of("events.column.title", EventRow::title, 300));
        TableColumn<EventRow, EventStatus> status = fixed(Columns.of("events.column.status", EventRow::status, 120));
        status.setCellFactory(c -> new StatusCell());
        table.getColumns().add(status);
        TableColumn<EventRow, Long> registrants = fixed(Columns.of("events.column.registrants", EventRow::registrants, 110));
        registrants.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(registrants);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EventRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("past"),
                        !empty && row != null && !row.upcoming());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });

        EventDetailsView details = new EventDetailsView(model.detailsProperty());
        SplitPane split = new SplitPane(table, details.build());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        return split;
    }

    private static <T> TableColumn<EventRow, T> fixed(TableColumn<EventRow, T> column) {
        column.setMinWidth(column.getPrefWidth());
        column.setMaxWidth(column.getPrefWidth());
        return column;
    }

    private Label placeholder() {
        Label label = new Label(Messages.get("events.empty"));
        label.getStyleClass().add(Styles.PLACEHOLDER);
        label.setWrapText(true);
        return label;
    }


    /** Shows an event status as a coloured chip. */
    private static final class StatusCell extends TableCell<EventRow, EventStatus> {
        @Override
        protected void updateItem(EventStatus status, boolean empty) {
            super.updateItem(status, empty);
            if (empty || status == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label chip = new Label(getTableRow().getItem() == null ? status.name() : getTableRow().getItem().statusText());
            chip.getStyleClass().addAll(Styles.STATUS_CHIP, Styles.statusChip(status));
            setGraphic(chip);
            setText(null);
        }
    }
}
