package org.podium.ui.events;

import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.domain.EventKind;
import org.podium.domain.EventStatus;
import org.podium.domain.Series;
import org.podium.ui.calendar.MonthView;
import org.podium.ui.calendar.MonthViewModel;
import org.podium.ui.common.EventRow;
import org.podium.ui.common.Columns;
import org.podium.ui.common.Converters;
import org.podium.ui.common.FilterChoiceBox;
import org.podium.ui.common.FirstWanted;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.common.Texts;
import org.podium.ui.forms.ListDetailLayout;
import org.podium.ui.panel.PanelAgendaViewModel;
import org.podium.ui.export.ExportViewModel;
import org.podium.ui.publish.PublishViewModel;
import org.podium.ui.importing.ImportViewModel;

/** The Events section: toolbar and filters, the list or the month, and the selected event. */
public final class EventListView {
    public static final String TABLE_ID = "eventTable";
    public static final String PLACEHOLDER_ID = "eventTablePlaceholder";
    public static final String NEW_ID = "newEvent";
    public static final String DUPLICATE_ID = "duplicateEvent";
    public static final String DELETE_ID = "deleteEvent";
    public static final String ICS_ID = "saveIcs";
    public static final String CALENDAR_TOGGLE_ID = "calendarToggle";
    public static final String FILTERS_ID = "eventFilters";
    public static final String SPLIT_ID = "eventSplit";
    public static final String FOLD_ID = "foldEventList";

    private final EventListViewModel model;
    private final PanelAgendaViewModel panel;
    private final Clock clock;
    private final ExportViewModel export;
    private final PublishViewModel publish;
    private final ImportViewModel importer;

    public EventListView(EventListViewModel model, PanelAgendaViewModel panel, Clock clock, ExportViewModel export,
                         PublishViewModel publish, ImportViewModel importer) {
        this.model = model;
        this.panel = panel;
        this.clock = clock;
        this.export = export;
        this.publish = publish;
        this.importer = importer;
    }

    public Region build() {
        TableView<EventRow> table = table();
        table.setMinSize(0, 0);
        table.managedProperty().bind(table.visibleProperty());
        table.visibleProperty().bind(model.calendarShownProperty().not());
        StackPane left = new StackPane(table);
        MonthViewModel month = new MonthViewModel(model.rows(), clock);
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != null) {
                month.show(row.day());
            }
        });
        // The month is built the first time it is asked for, not for the first frame: hidden,
        // its controls would still be styled and skinned before the window could appear.
        FirstWanted.build(model.calendarShownProperty(), () -> left.getChildren().add(calendar(month)));

        // The toolbar before the list, so Tab goes through them in the order they are drawn.
        BorderPane listSide = new BorderPane();
        listSide.setTop(toolbar());
        listSide.setCenter(left);
        listSide.setMinWidth(340);
        Region details = new EventDetailsView(model, panel, export, publish, importer).build();
        details.setMinWidth(460);
        StackPane detailsSide = new StackPane(details, foldButton());
        SplitPane split = new SplitPane();
        split.setId(SPLIT_ID);
        split.setOrientation(Orientation.HORIZONTAL);
        // The month takes the whole width, as a calendar does: its days are wide enough for titles.
        Runnable fold = () -> {
            if (model.calendarShownProperty().get()) {
                split.getItems().setAll(listSide);
            } else if (model.listFoldedProperty().get()) {
                split.getItems().setAll(detailsSide);
            } else {
                split.getItems().setAll(listSide, detailsSide);
                split.setDividerPositions(model.listShareProperty().get());
            }
        };
        // The remembered share again once the pane has its width: laid out first at a smaller
        // size, the list's minimum width would have pushed the divider and kept it there.
        split.widthProperty().addListener((obs, old, width) -> {
            if (split.getItems().size() == 2) {
                split.setDividerPositions(model.listShareProperty().get());
            }
        });
        model.listFoldedProperty().addListener((obs, old, folded) -> fold.run());
        model.calendarShownProperty().addListener((obs, old, shown) -> fold.run());
        fold.run();
        // Only the user's drag is remembered, not where a narrow window's layout pushed the divider.
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (split.getItems().size() == 2 && onDivider(e.getTarget(), split)) {
                model.listShareProperty().set(split.getDividerPositions()[0]);
            }
        });
        return split;
    }

    private static boolean onDivider(Object target, SplitPane split) {
        for (javafx.scene.Node n = target instanceof javafx.scene.Node node ? node : null; n != null && n != split;
             n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    /** Folds the event list away and back, at the top left corner of the event, beside its tabs. */
    private ToggleButton foldButton() {
        ToggleButton fold = new ToggleButton(null, new FontIcon(Feather.SIDEBAR));
        fold.setId(FOLD_ID);
        fold.setTooltip(new Tooltip(Messages.get("events.fold.tip")));
        fold.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT,
                "podium-fold");
        fold.selectedProperty().bindBidirectional(model.listFoldedProperty());
        StackPane.setAlignment(fold, Pos.TOP_LEFT);
        StackPane.setMargin(fold, new Insets(2, 0, 0, 4));
        return fold;
    }

    private Region calendar(MonthViewModel month) {
        Region calendar = new MonthView(month, id -> {
            model.select(id);
            model.calendarShownProperty().set(false);
        }).build();
        calendar.setMinSize(0, 0);
        calendar.managedProperty().bind(calendar.visibleProperty());
        calendar.visibleProperty().bind(model.calendarShownProperty());
        return calendar;
    }

    private VBox toolbar() {
        Button add = button(NEW_ID, Feather.PLUS, "events.new", model::newEvent);
        add.getStyleClass().add(Styles.ACCENT);
        Button duplicate = button(DUPLICATE_ID, Feather.COPY, "events.duplicate", model::duplicateSelected);
        Button delete = button(DELETE_ID, Feather.TRASH_2, "events.delete", model::deleteSelected);
        Button ics = button(ICS_ID, Feather.CALENDAR, "events.ics", model::saveCalendarFile);
        add.disableProperty().bind(model.readOnlyProperty());
        for (Button b : new Button[] {duplicate, delete, ics}) {
            b.disableProperty().bind(b == ics ? model.selectedProperty().isNull()
                    : model.selectedProperty().isNull().or(model.readOnlyProperty()));
            // The secondary actions are icons with tooltips, so the list keeps its width.
            b.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            b.getStyleClass().add(Styles.BUTTON_ICON);
        }
        ChoiceBox<Series> series = new FilterChoiceBox<>();
        series.setConverter(Converters.picked(Series::name, Messages.get("events.filter.allSeries")));
        Runnable fillSeries = () -> {
            Series chosen = model.seriesFilterProperty().get();
            List<Series> choices = new ArrayList<>();
            choices.add(null);
            choices.addAll(model.seriesChoices());
            // In one change, "All series" first, then the chosen series shown again.
            series.getItems().setAll(choices);
            series.setValue(chosen);
        };
        model.seriesChoices().addListener((javafx.collections.ListChangeListener<Series>) c -> fillSeries.run());
        fillSeries.run();
        series.valueProperty().bindBidirectional(model.seriesFilterProperty());
        ChoiceBox<EventStatus> status = filter(EventStatus.values(), "events.filter.allStatuses");
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        ChoiceBox<EventKind> kind = filter(EventKind.values(), "events.filter.allKinds");
        kind.valueProperty().bindBidirectional(model.kindFilterProperty());
        ToggleButton calendar = new ToggleButton(Messages.get("events.calendar"), new FontIcon(Feather.GRID));
        calendar.setId(CALENDAR_TOGGLE_ID);
        calendar.selectedProperty().bindBidirectional(model.calendarShownProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(6, add, duplicate, delete, ics, spacer, calendar);
        actions.setAlignment(Pos.CENTER_LEFT);
        FlowPane filters = new FlowPane(6, 6, new FontIcon(Feather.FILTER), series, status, kind);
        filters.setId(FILTERS_ID);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, actions, filters);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private static Button button(String id, Feather icon, String key, Runnable action) {
        Button button = new Button(Messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(Messages.get(key + ".tip")));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static <E extends Enum<E>> ChoiceBox<E> filter(E[] values, String allKey) {
        ChoiceBox<E> box = new FilterChoiceBox<>();
        box.setConverter(Converters.picked(Texts::of, Messages.get(allKey)));
        box.getItems().add(null);
        box.getItems().addAll(values);
        return box;
    }

    private TableView<EventRow> table() {
        TableView<EventRow> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        ListDetailLayout.placeholder(table, model.placeholderProperty()).setId(PLACEHOLDER_ID);
        // Fixed widths for the short columns, so the event takes whatever room is left.
        TableColumn<EventRow, EventRow> event = Columns.of("events.column.event", row -> row, 260);
        event.setCellFactory(c -> new EventCell());
        table.getColumns().add(event);
        table.getColumns().add(fixed(Columns.statuses("events.column.status", EventRow::status, EventStatus.values(),
                112)));
        java.text.NumberFormat count = java.text.NumberFormat.getIntegerInstance(Messages.locale());
        TableColumn<EventRow, String> registrants = fixed(Columns.of("events.column.registrants",
                r -> count.format(r.registrants()), 110));
        registrants.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(registrants);
        PseudoClass past = PseudoClass.getPseudoClass("past");
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EventRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(past, !empty && row != null && !row.upcoming());
            }
        });
        ListDetailLayout.followSelection(table, model.selectedProperty(), model::choose, model::deleteSelected);
        return table;
    }

    private static <T> TableColumn<EventRow, T> fixed(TableColumn<EventRow, T> column) {
        column.setMinWidth(column.getPrefWidth());
        column.setMaxWidth(column.getPrefWidth());
        return column;
    }

    /** Shows an event as its title over its date and time with the zone's abbreviation. */
    private static final class EventCell extends TableCell<EventRow, EventRow> {
        @Override
        protected void updateItem(EventRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(row.title());
            title.getStyleClass().add("podium-event-title");
            Label when = new Label(row.when());
            when.getStyleClass().add(StyleClasses.MUTED);
            if (!row.chasing().isEmpty()) {
                FontIcon warning = new FontIcon(Feather.ALERT_TRIANGLE);
                warning.getStyleClass().add("podium-icon-warning");
                title.setGraphic(warning);
                title.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                Tooltip.install(title, new Tooltip(Messages.get("chasing.heading") + "\n" + row.chasing()));
            }
            setGraphic(new VBox(1, title, when));
        }
    }

}
