package org.podium.ui.importing;

import atlantafx.base.theme.Styles;
import org.podium.ui.common.Dialogs;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.podium.domain.RegistrantField;
import org.podium.domain.Registration;
import org.podium.service.importing.ImportOptions;
import org.podium.service.importing.ImportPreview;
import org.podium.ui.common.Columns;
import org.podium.ui.common.Converters;
import org.podium.ui.common.Messages;
import org.podium.ui.common.SteadyLines;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.common.Texts;

/**
 * The import dialog: what the file is and how it was read, the columns and the fields they
 * fill, the first rows as they will be stored, every problem with its line, the options, and
 * Import with progress and Cancel. It opens whenever its view model opens a file.
 */
public final class ImportView {
    public static final String KIND_REGISTRANTS_ID = "importKindRegistrants";
    public static final String KIND_ATTENDANCE_ID = "importKindAttendance";
    public static final String FORMAT_ID = "importFormat";
    public static final String READ_AS_ID = "importReadAs";
    public static final String NOTICE_ID = "importEncodingNotice";
    public static final String COUNTS_ID = "importCounts";
    public static final String COLUMNS_ID = "importColumns";
    public static final String ROWS_ID = "importRows";
    public static final String PROBLEMS_ID = "importProblems";
    public static final String SKIP_ID = "importSkipInvalid";
    public static final String UPDATE_ID = "importUpdate";
    public static final String IMPORT_ID = "importApply";
    public static final String WHY_NOT_ID = "importWhyNot";
    public static final String CLOSE_ID = "importClose";
    public static final String OUTCOME_ID = "importOutcome";

    private final ImportViewModel model;
    private Dialog<ButtonType> dialog;

    public ImportView(ImportViewModel model) {
        this.model = model;
    }

    /** From now on the dialog opens, over the window that holds {@code anchor}, whenever the model opens a file. */
    public void openOver(Region anchor) {
        model.openProperty().addListener((obs, old, open) -> {
            if (open) {
                show(anchor.getScene() == null ? null : anchor.getScene().getWindow());
            } else if (dialog != null) {
                Dialog<ButtonType> closing = dialog;
                dialog = null;
                closing.close();
            }
        });
    }

    private void show(Window window) {
        if (dialog != null) {
            dialog.setHeaderText(header());
            return;
        }
        Dialog<ButtonType> d = Dialogs.closedByShortcut(new Dialog<>());
        if (window != null) {
            d.initOwner(window);
        }
        d.setTitle(Messages.get("import.title"));
        d.setHeaderText(header());
        d.setResizable(true);
        ButtonType apply = new ButtonType(Messages.get("import.apply.none"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.get("safety.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(apply, close);
        d.getDialogPane().setContent(build());
        // Wide enough for a file's columns beside its rows, but never wider than the screen (a
        // 1024×768 laptop); a window manager may let it grow further.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(1120, screen.getWidth() - 16);
        double height = Math.min(780, screen.getHeight() - 16);
        d.getDialogPane().setPrefSize(width, height - 20);
        d.getDialogPane().setMinSize(Math.min(900, width), Math.min(600, height - 20));
        Button applyButton = (Button) d.getDialogPane().lookupButton(apply);
        applyButton.setId(IMPORT_ID);
        applyButton.setMinWidth(Region.USE_PREF_SIZE);
        ButtonBar.setButtonUniformSize(applyButton, false);
        applyButton.textProperty().bind(model.importLabelProperty());
        applyButton.disableProperty().bind(model.canImportProperty().not());
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.importNow();
        });
        Button closeButton = (Button) d.getDialogPane().lookupButton(close);
        closeButton.setId(CLOSE_ID);
        closeButton.textProperty().bind(Bindings.when(model.importingProperty())
                .then(Messages.get("common.cancel")).otherwise(Messages.get("safety.close")));
        closeButton.addEventFilter(ActionEvent.ACTION, e -> {
            // While writing, the button cancels (the transaction rolls back) and the dialog stays to say so.
            if (model.importingProperty().get()) {
                e.consume();
                model.cancel();
            }
        });
        d.setOnHidden(e -> {
            if (dialog == d) {
                dialog = null;
                model.close();
            }
        });
        dialog = d;
        d.show();
        d.setWidth(width);
        d.setHeight(height);
    }

    private String header() {
        String event = model.event().map(e -> e.title()).orElse("");
        String file = model.fileProperty().get() == null ? "" : model.fileProperty().get().getFileName().toString();
        return Messages.get("import.header", file, event);
    }

    VBox build() {
        Label readAs = line(READ_AS_ID, StyleClasses.MUTED, model.readAsProperty());
        Label notice = line(NOTICE_ID, Styles.WARNING, model.encodingNoticeProperty());
        notice.visibleProperty().bind(model.encodingNoticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Label counts = line(COUNTS_ID, StyleClasses.SECTION_HEADING, Bindings.when(model.previewingProperty())
                .then(Messages.get("import.reading")).otherwise(model.countsProperty()));

        SplitPane tables = new SplitPane(titled("import.columns", columns()), titled("import.rows", rows()));
        tables.setDividerPositions(0.3);
        SplitPane body = new SplitPane(tables, titled("import.problems", problems()));
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.72);
        VBox.setVgrow(body, Priority.ALWAYS);

        // Why Import is disabled, just above the buttons and as wide as the dialog: beside them in the
        // button bar it got the width of its longest word, and taking more cut the buttons' words.
        // When the reason goes (Skip ticked) its place stays, holding its last words unseen: taking
        // the place away moved the options above it under the pointer that had just ticked one.
        Label whyNot = line(WHY_NOT_ID, Styles.WARNING, SteadyLines.lastWords(model.whyNotProperty()));
        whyNot.visibleProperty().bind(model.whyNotProperty().isNotEmpty());

        VBox root = new VBox(8, choices(), readAs, notice, counts, body, options(), whyNot, progress());
        root.setPadding(new Insets(4, 0, 0, 0));
        root.setPrefSize(1080, 640);
        return root;
    }

    /** A line of text about the file, wrapped to the dialog's width and never cut in height. */
    private static Label line(String id, String style, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        return label;
    }

    private HBox choices() {
        ToggleGroup group = new ToggleGroup();
        RadioButton registrants = new RadioButton(Messages.get("import.kind.REGISTRANTS"));
        registrants.setId(KIND_REGISTRANTS_ID);
        registrants.setUserData(ImportViewModel.Kind.REGISTRANTS);
        RadioButton attendance = new RadioButton(Messages.get("import.kind.ATTENDANCE"));
        attendance.setId(KIND_ATTENDANCE_ID);
        attendance.setUserData(ImportViewModel.Kind.ATTENDANCE);
        registrants.setToggleGroup(group);
        attendance.setToggleGroup(group);
        Runnable select = () -> group.selectToggle(model.kindProperty().get() == ImportViewModel.Kind.ATTENDANCE
                ? attendance : registrants);
        select.run();
        model.kindProperty().addListener((obs, old, now) -> select.run());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null && now.getUserData() != model.kindProperty().get()) {
                model.kindProperty().set((ImportViewModel.Kind) now.getUserData());
            }
        });
        ChoiceBox<ImportOptions.Format> format = new ChoiceBox<>();
        format.setId(FORMAT_ID);
        format.getItems().setAll(ImportOptions.Format.values());
        format.setConverter(Converters.picked(f -> Messages.get("import.format." + f.name())));
        format.valueProperty().bindBidirectional(model.formatProperty());
        Label formatLabel = new Label(Messages.get("import.format"));
        formatLabel.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(14, registrants, attendance, spacer, formatLabel, format);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(model.importingProperty().or(model.doneProperty()));
        return row;
    }

    private TableView<ImportColumn> columns() {
        TableView<ImportColumn> table = new TableView<>(model.columns());
        table.setId(COLUMNS_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.of("import.column.header", ImportColumn::header, 140));
        TableColumn<ImportColumn, ImportColumn> field =
                new TableColumn<>(Messages.get("import.column.field"));
        field.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        field.setCellFactory(c -> new FieldCell());
        field.setPrefWidth(170);
        field.setSortable(false);
        table.getColumns().add(field);
        table.setPlaceholder(placeholder("import.columns.empty"));
        table.disableProperty().bind(model.importingProperty().or(model.doneProperty())
                .or(model.mappingFixedProperty()));
        return table;
    }

    /** A column's field, chosen in place; the cell follows the row it is given as the table scrolls. */
    private static final class FieldCell extends TableCell<ImportColumn, ImportColumn> {
        private final ComboBox<RegistrantField> box = new ComboBox<>();
        private ImportColumn bound;

        FieldCell() {
            // A Full export's own fields are never offered: its columns are read as written.
            box.getItems().setAll(java.util.Arrays.stream(RegistrantField.values())
                    .filter(f -> !f.onlyInFullExport()).toList());
            box.setConverter(Converters.picked(Texts::of));
            box.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(ImportColumn item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound.fieldProperty());
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            box.setValue(item.fieldProperty().get());
            box.valueProperty().bindBidirectional(item.fieldProperty());
            bound = item;
            setGraphic(box);
        }
    }

    private TableView<ImportPreview.PreviewRow> rows() {
        TableView<ImportPreview.PreviewRow> table = new TableView<>(model.rows());
        table.setId(ROWS_ID);
        Label empty = placeholder("import.rows.empty");
        empty.textProperty().bind(Bindings.when(model.kindProperty().isEqualTo(ImportViewModel.Kind.ATTENDANCE))
                .then(Messages.get("import.rows.attendance")).otherwise(Messages.get("import.rows.empty")));
        table.setPlaceholder(empty);
        table.getColumns().add(Columns.of("import.row.line", ImportPreview.PreviewRow::line, 54));
        table.getColumns().add(Columns.of("import.row.outcome",
                r -> Messages.get("import.outcome." + r.outcome().name()), 80));
        table.getColumns().add(field("registrants.column.email", Registration::email, 200));
        table.getColumns().add(field("registrants.form.firstName", Registration::firstName, 100));
        table.getColumns().add(field("registrants.form.lastName", Registration::lastName, 110));
        table.getColumns().add(field("registrants.column.organisation", Registration::organisation, 160));
        table.getColumns().add(field("registrants.form.jobTitle", Registration::jobTitle, 120));
        table.getColumns().add(field("registrants.form.city", Registration::city, 100));
        table.getColumns().add(field("registrants.column.country", Registration::country, 64));
        table.getColumns().add(field("registrants.form.language", Registration::language, 64));
        table.getColumns().add(field("registrants.column.status", r -> Texts.of(r.status()), 90));
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Messages.locale());
        table.getColumns().add(field("registrants.column.registeredAt", r -> at(when, r.registeredAt()), 130));
        table.getColumns().add(field("registrants.column.consent",
                r -> r.consent() ? Messages.get("registrants.consent.yes") : "", 70));
        table.getColumns().add(field("registrants.column.minutes", Registration::minutesAttended, 64));
        table.getColumns().add(field("import.row.answers", r -> answers(r), 160));
        return table;
    }

    private String at(DateTimeFormatter when, Instant instant) {
        ZoneId zone = model.event().map(e -> e.zone()).orElse(ZoneId.of("UTC"));
        return instant == null ? "" : when.format(instant.atZone(zone));
    }

    private static String answers(Registration r) {
        StringBuilder text = new StringBuilder();
        r.customAnswers().forEach((question, answer) -> text.append(text.length() == 0 ? "" : "; ")
                .append(question).append(": ").append(answer));
        return text.toString();
    }

    private static <V> TableColumn<ImportPreview.PreviewRow, V> field(String key, Function<Registration, V> value,
                                                                     double width) {
        return Columns.of(key, r -> value.apply(r.registration()), width);
    }

    private ListView<ImportProblemLine> problems() {
        ListView<ImportProblemLine> list = new ListView<>(model.problems());
        list.setId(PROBLEMS_ID);
        list.setPlaceholder(placeholder("import.problems.none"));
        list.setCellFactory(l -> new ImportProblemCell());
        return list;
    }

    private HBox options() {
        CheckBox skip = new CheckBox(Messages.get("import.skipInvalid"));
        skip.setId(SKIP_ID);
        skip.selectedProperty().bindBidirectional(model.skipInvalidProperty());
        CheckBox update = new CheckBox(Messages.get("import.update"));
        update.setId(UPDATE_ID);
        update.selectedProperty().bindBidirectional(model.updateProperty());
        update.visibleProperty().bind(model.kindProperty().isEqualTo(ImportViewModel.Kind.REGISTRANTS));
        update.managedProperty().bind(update.visibleProperty());
        HBox row = new HBox(20, skip, update);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(model.importingProperty().or(model.doneProperty()));
        return row;
    }

    private HBox progress() {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(220);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.importingProperty().or(model.previewingProperty()));
        bar.managedProperty().bind(bar.visibleProperty());
        Label outcome = new Label();
        outcome.setId(OUTCOME_ID);
        outcome.setWrapText(true);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        outcome.textProperty().bind(model.outcomeProperty());
        // Green only for a file written; a cancel or a refusal is a warning.
        Runnable tone = () -> {
            outcome.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING);
            outcome.getStyleClass().add(model.doneProperty().get() ? Styles.SUCCESS
                    : Styles.WARNING);
        };
        model.doneProperty().addListener((obs, old, now) -> tone.run());
        tone.run();
        HBox row = new HBox(12, bar, outcome);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static VBox titled(String key, Region content) {
        Label heading = new Label(Messages.get(key));
        heading.getStyleClass().add(StyleClasses.FIELD_LABEL);
        VBox box = new VBox(4, heading, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private static Label placeholder(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(StyleClasses.PLACEHOLDER);
        label.setWrapText(true);
        return label;
    }
}
