package org.podium.ui.registrants;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.domain.RegistrationStatus;
import org.podium.ui.common.Columns;
import org.podium.ui.common.Converters;
import org.podium.ui.common.FilterChoiceBox;
import org.podium.ui.common.FirstWanted;
import org.podium.ui.common.Messages;
import org.podium.ui.common.OverflowMenu;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.common.Texts;
import org.podium.ui.forms.ListDetailLayout;
import org.podium.ui.importing.ImportView;
import org.podium.ui.importing.ImportViewModel;

/** The Registrants tab: counts and actions, the table with its search, the charts and the form. */
public final class RegistrantsView {
    public static final String TABLE_ID = "registrantTable";
    public static final String PLACEHOLDER_ID = "registrantTablePlaceholder";
    public static final String SEARCH_ID = "registrantSearch";
    public static final String HEADER_ID = "registrantHeader";
    public static final String ADD_ID = "addRegistrant";
    public static final String EDIT_ID = "editRegistrant";
    public static final String SET_STATUS_ID = "setRegistrantStatus";
    public static final String PROMOTE_ID = "promoteWaitlist";
    public static final String SHOWN_ID = "registrantsShown";
    public static final String IMPORT_ID = "importRegistrants";
    public static final String ATTENDANCE_ID = "importAttendance";
    public static final String TOOLBAR_ID = "registrantToolbar";
    static final String OVERLAY_STYLE = "podium-overlay";
    static final String TOOLBAR_STYLE = "podium-toolbar";

    private static final javafx.css.PseudoClass DROP_TARGET = javafx.css.PseudoClass.getPseudoClass("drop-target");
    private static final javafx.css.PseudoClass EVERY_SELECTED = javafx.css.PseudoClass.getPseudoClass("every-selected");
    private static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);

    private final RegistrantsViewModel model;
    private final ImportViewModel importer;

    public RegistrantsView(RegistrantsViewModel model, ImportViewModel importer) {
        this.model = model;
        this.importer = importer;
    }

    public Region build() {
        TableView<RegistrantRow> table = table();
        StackPane body = new StackPane(table);
        // The form and the charts are built when first wanted: every node in the tab is styled
        // when the tab opens, and opening must be quick. The form lies over the table's right
        // side rather than beside it, so the table keeps its columns while a registrant is edited.
        FirstWanted.build(model.form().openProperty(), () -> {
            Region form = new RegistrantFormView(model.form()).build();
            form.getStyleClass().add(OVERLAY_STYLE);
            form.visibleProperty().bind(model.form().openProperty());
            StackPane.setAlignment(form, Pos.TOP_RIGHT);
            body.getChildren().add(form);
        });
        TitledPane charts = new TitledPane(Messages.get("registrants.charts"), null);
        charts.setExpanded(false);
        charts.setAnimated(false);
        charts.expandedProperty().bindBidirectional(model.chartsShownProperty());
        FirstWanted.build(charts.expandedProperty(), () -> charts.setContent(new RegistrantChartsView(model).build()));
        VBox top = new VBox(6, header(), toolbar(), charts);
        top.setPadding(new Insets(8, 8, 6, 8));
        // The toolbar before the table, so Tab goes through them in the order they are drawn.
        BorderPane root = new BorderPane();
        root.setTop(top);
        root.setCenter(body);
        new ImportView(importer).openOver(root);
        return root;
    }

    private FlowPane header() {
        Label counts = new Label();
        counts.setId(HEADER_ID);
        counts.textProperty().bind(model.headerProperty());
        counts.getStyleClass().add(StyleClasses.SECTION_HEADING);
        Label shown = new Label();
        shown.setId(SHOWN_ID);
        shown.textProperty().bind(model.shownCountProperty());
        shown.getStyleClass().add(StyleClasses.MUTED);
        shown.setPadding(new Insets(12, 0, 2, 0));
        FlowPane bar = new FlowPane(16, 0, counts, shown);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button promote() {
        Button promote = new Button(Messages.get("registrants.promote"), new FontIcon(Feather.ARROW_UP_CIRCLE));
        promote.setId(PROMOTE_ID);
        promote.setTooltip(new Tooltip(Messages.get("registrants.promote.tip")));
        promote.disableProperty().bind(model.canPromoteProperty().not());
        promote.setOnAction(e -> model.promote());
        return promote;
    }

    private ToolBar toolbar() {
        TextField search = new TextField();
        search.setId(SEARCH_ID);
        // The toolbar is full at 1280 px: a short prompt that fits, what it searches in the tooltip.
        search.setPromptText(Messages.get("registrants.search.prompt"));
        search.setTooltip(new Tooltip(Messages.get("registrants.search.tip")));
        search.setPrefColumnCount(14);
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                // Consumed, so that Escape here does not also close the form.
                e.consume();
                search.clear();
            }
        });
        ChoiceBox<RegistrationStatus> status = new FilterChoiceBox<>();
        status.getItems().add(null);
        status.getItems().addAll(RegistrationStatus.values());
        status.setConverter(Converters.picked(Texts::of, Messages.get("registrants.filter.all")));
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        Button add = new Button(Messages.get("registrants.add"), new FontIcon(Feather.USER_PLUS));
        add.setId(ADD_ID);
        add.setOnAction(e -> model.add());
        Button edit = new Button(Messages.get("registrants.edit"), new FontIcon(Feather.EDIT_2));
        edit.setId(EDIT_ID);
        edit.disableProperty().bind(javafx.beans.binding.Bindings.size(model.selected()).isNotEqualTo(1));
        edit.setOnAction(e -> model.edit(model.selected().get(0)));
        MenuButton setStatus = new MenuButton(Messages.get("registrants.setStatus"), new FontIcon(Feather.CHECK_SQUARE));
        setStatus.setId(SET_STATUS_ID);
        for (RegistrationStatus s : RegistrationStatus.values()) {
            MenuItem item = new MenuItem(Texts.of(s));
            item.setId(SET_STATUS_ID + "-" + s.name());
            item.setOnAction(e -> model.setStatus(s));
            setStatus.getItems().add(item);
        }
        setStatus.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.selected()));
        Button promote = promote();
        Button importFile = new Button(Messages.get("registrants.import"), new FontIcon(Feather.UPLOAD));
        importFile.setId(IMPORT_ID);
        importFile.setTooltip(new Tooltip(Messages.get("registrants.import.tip")));
        importFile.setOnAction(e -> importer.chooseRegistrants(model.event()));
        Button attendance = new Button(Messages.get("registrants.attendance"), new FontIcon(Feather.USER_CHECK));
        attendance.setId(ATTENDANCE_ID);
        attendance.setTooltip(new Tooltip(Messages.get("registrants.attendance.tip")));
        attendance.setOnAction(e -> importer.chooseAttendance(model.event()));
        for (Region r : new Region[] {status, add, edit, setStatus, promote, importFile, attendance}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        // One row; what does not fit goes into the bar's overflow menu, from the right end.
        ToolBar bar = new ToolBar(search, status, add, edit, setStatus, importFile, attendance, promote);
        bar.setId(TOOLBAR_ID);
        bar.getStyleClass().add(TOOLBAR_STYLE);
        return OverflowMenu.closesOnAction(bar);
    }

    private TableView<RegistrantRow> table() {
        TableView<RegistrantRow> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // A fixed row height spares the virtual flow measuring rows as 100,000 of them scroll by.
        table.setFixedCellSize(28);
        ListDetailLayout.placeholder(table, model.placeholderProperty()).setId(PLACEHOLDER_ID);
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Messages.locale());
        table.getColumns().add(sortable(Columns.of("registrants.column.name", RegistrantRow::name, 170),
                RegistrantSort.Column.NAME));
        table.getColumns().add(sortable(Columns.of("registrants.column.email", r -> r.line().email(), 210),
                RegistrantSort.Column.EMAIL));
        // The status beside the person, so it is in view however narrow the table is.
        table.getColumns().add(sortable(Columns.statuses("registrants.column.status", r -> r.line().status(),
                RegistrationStatus.values(), 118), RegistrantSort.Column.STATUS));
        table.getColumns().add(sortable(Columns.of("registrants.column.organisation", r -> r.line().organisation(), 170),
                RegistrantSort.Column.ORGANISATION));
        table.getColumns().add(sortable(Columns.of("registrants.column.country", r -> r.line().country(), 70),
                RegistrantSort.Column.COUNTRY));
        TableColumn<RegistrantRow, Instant> registered = Columns.of("registrants.column.registeredAt",
                r -> r.line().registeredAt(), 140);
        registered.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || at == null ? null : when.format(at.atZone(model.zone())));
            }
        });
        table.getColumns().add(sortable(registered, RegistrantSort.Column.REGISTERED_AT));
        table.getColumns().add(sortable(Columns.of("registrants.column.consent",
                r -> r.line().consent() ? Messages.get("registrants.consent.yes") : "", 80), RegistrantSort.Column.CONSENT));
        TableColumn<RegistrantRow, Integer> minutes = Columns.of("registrants.column.minutes",
                r -> r.line().minutesAttended(), 80);
        minutes.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(sortable(minutes, RegistrantSort.Column.MINUTES));
        // The "+" at the end of the header hides and shows columns, for a table beside the event list.
        table.setTableMenuButtonVisible(true);
        wire(table);
        return table;
    }

    private static <T> TableColumn<RegistrantRow, T> sortable(TableColumn<RegistrantRow, T> column,
                                                             RegistrantSort.Column key) {
        column.setUserData(key);
        return column;
    }

    private void wire(TableView<RegistrantRow> table) {
        // The view model sorts its own list (a comparator over precomputed keys); the table only
        // says which column and which way.
        table.setSortPolicy(t -> {
            TableColumn<RegistrantRow, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            model.sortProperty().set(first == null ? null : new RegistrantSort((RegistrantSort.Column) first.getUserData(),
                    first.getSortType() == TableColumn.SortType.ASCENDING));
            return true;
        });
        model.sortProperty().addListener((obs, old, now) -> {
            if (now == null && !table.getSortOrder().isEmpty()) {
                table.getSortOrder().clear();
            }
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RegistrantRow>) c -> {
            if (!table.getSelectionModel().getSelectedItems().isEmpty() || !model.everyShownSelectedProperty().get()) {
                model.tableSelected(table.getSelectionModel().getSelectedItems());
            }
        });
        // Ctrl+A selects in the view model, not in the table: see RegistrantsViewModel.selectEveryShown.
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SELECT_ALL.match(e)) {
                e.consume();
                table.getSelectionModel().clearSelection();
                model.selectEveryShown();
            }
        });
        model.everyShownSelectedProperty().addListener((obs, old, now) -> table.refresh());
        model.revealedProperty().addListener((obs, old, row) -> {
            if (row != null) {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(row);
                table.scrollTo(Math.max(0, table.getSelectionModel().getSelectedIndex() - 3));
            }
        });
        model.reselectProperty().addListener((obs, old, ids) -> reselect(table, ids));
        acceptDroppedFile(table);
        table.setRowFactory(t -> {
            TableRow<RegistrantRow> row = new TableRow<>() {
                @Override
                protected void updateItem(RegistrantRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(EVERY_SELECTED, !empty && model.everyShownSelectedProperty().get());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.edit(row.getItem());
                }
            });
            return row;
        });
    }

    /** A file dropped on the table opens the import dialog on it; one file at a time. */
    private void acceptDroppedFile(TableView<RegistrantRow> table) {
        table.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1 && model.event() != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        table.setOnDragEntered(e -> table.pseudoClassStateChanged(DROP_TARGET, e.getDragboard().hasFiles()));
        table.setOnDragExited(e -> table.pseudoClassStateChanged(DROP_TARGET, false));
        table.setOnDragDropped(e -> {
            boolean taken = e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1;
            if (taken) {
                importer.dropped(model.event(), e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    private static void reselect(TableView<RegistrantRow> table, Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        int[] indices = new int[ids.size()];
        int found = 0;
        for (int i = 0; i < table.getItems().size() && found < indices.length; i++) {
            if (ids.contains(table.getItems().get(i).id())) {
                indices[found++] = i;
            }
        }
        if (found > 0) {
            table.getSelectionModel().selectIndices(indices[0], java.util.Arrays.copyOfRange(indices, 1, found));
        }
    }
}
