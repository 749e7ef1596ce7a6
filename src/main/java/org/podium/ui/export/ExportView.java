package org.podium.ui.export;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.domain.ExportDestination;
import org.podium.domain.Series;
import org.podium.ui.common.Converters;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.common.Texts;

/** The Export tab: the options on top, then the checks, the preview table and Save. */
public final class ExportView {
    public static final String PROFILE_ID = "exportProfile";
    public static final String CONSENT_ID = "exportConsent";
    public static final String ROLE_ID = "exportRoleAddresses";
    public static final String PREVIEW_ID = "exportPreview";
    public static final String CHECKS_ID = "exportChecks";
    public static final String SAVE_ID = "exportSave";

    /** How long a preview runs before the last one's checks and rows fade, and how far. */
    static final Duration STALE_AFTER = Duration.millis(250);
    static final double STALE_OPACITY = 0.4;

    private final ExportViewModel model;
    private PauseTransition fading;

    public ExportView(ExportViewModel model) {
        this.model = model;
    }

    public Region build() {
        GridPane checks = checks();
        TableView<List<String>> preview = preview();
        fadeWhileChecking(checks, preview);
        VBox root = new VBox(10, actions(), options(), otherEvents(), heading("export.checks"), checks,
                heading("export.preview"), preview);
        root.setPadding(new Insets(14, 16, 14, 16));
        root.setFillWidth(true);
        return root;
    }

    private GridPane options() {
        ComboBox<ExportDestination> profile = new ComboBox<>();
        profile.setId(PROFILE_ID);
        profile.getItems().setAll(ExportDestination.values());
        profile.setConverter(Converters.picked(Texts::of));
        profile.valueProperty().bindBidirectional(model.destinationProperty());
        Label about = new Label();
        about.getStyleClass().add(StyleClasses.MUTED);
        about.setWrapText(true);
        about.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                Messages.get("export.profile.about." + model.destinationProperty().get().name()),
                model.destinationProperty()));

        ToggleGroup group = new ToggleGroup();
        // The choices wrap onto a second line in a narrow pane rather than cutting their words.
        javafx.scene.layout.FlowPane who = new javafx.scene.layout.FlowPane(14, 6);
        for (ExportViewModel.Who choice : ExportViewModel.Who.values()) {
            RadioButton button = new RadioButton(Messages.get("export.who." + choice.name()));
            button.setToggleGroup(group);
            button.setUserData(choice);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            button.setSelected(model.whoProperty().get() == choice);
            who.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.whoProperty().set((ExportViewModel.Who) now.getUserData());
            }
        });

        CheckBox consent = new CheckBox(Messages.get("export.consentOnly"));
        consent.setId(CONSENT_ID);
        consent.selectedProperty().bindBidirectional(model.consentOnlyProperty());
        CheckBox roles = new CheckBox(Messages.get("export.roleAddresses"));
        roles.setId(ROLE_ID);
        roles.selectedProperty().bindBidirectional(model.roleAddressesProperty());
        roles.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                !model.destinationProperty().get().isMailingTool(), model.destinationProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, label("export.profile"), profile);
        grid.add(about, 1, 1);
        grid.addRow(2, label("export.who"), who);
        grid.add(consent, 1, 3);
        grid.add(roles, 1, 4);
        GridPane.setHgrow(about, Priority.ALWAYS);
        return grid;
    }

    private TitledPane otherEvents() {
        ListView<ExportViewModel.EventChoice> list = new ListView<>(model.otherEvents());
        list.setCellFactory(CheckBoxListCell.forListView(ExportViewModel.EventChoice::chosenProperty));
        list.setPrefHeight(150);
        ComboBox<Series> series = new ComboBox<>(model.series());
        series.setPromptText(Messages.get("export.series.prompt"));
        series.setConverter(Converters.picked(Series::name));
        series.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.chooseSeries(now);
                javafx.application.Platform.runLater(() -> series.setValue(null));
            }
        });
        HBox seriesRow = new HBox(8, new Label(Messages.get("export.series")), series);
        seriesRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, seriesRow, list);
        TitledPane pane = new TitledPane(Messages.get("export.otherEvents"), box);
        pane.setExpanded(false);
        return pane;
    }

    /**
     * While a preview that takes a while runs (a large list, another destination), the last
     * checks and rows stay on view; they fade until the new ones come, so that nobody reads them
     * as the new choice's. A quick preview does not flicker: the fading waits a moment.
     */
    private void fadeWhileChecking(Node... shown) {
        PauseTransition wait = new PauseTransition(STALE_AFTER);
        fading = wait;
        wait.setOnFinished(e -> {
            for (Node node : shown) {
                node.setOpacity(STALE_OPACITY);
            }
        });
        model.previewingProperty().addListener((obs, was, now) -> {
            if (now) {
                wait.playFromStart();
                return;
            }
            wait.stop();
            for (Node node : shown) {
                node.setOpacity(1);
            }
        });
    }

    /** Whether the last checks are still due to fade: a preview runs and its wait has not ended. */
    boolean fadingDue() {
        return fading != null && fading.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    private GridPane checks() {
        GridPane grid = new GridPane();
        grid.setId(CHECKS_ID);
        grid.setHgap(16);
        grid.setVgap(3);
        Runnable fill = () -> {
            grid.getChildren().clear();
            int row = 0;
            for (ExportViewModel.Check check : model.checks()) {
                Label name = new Label(check.label());
                Label value = new Label(check.value());
                value.setMinWidth(Region.USE_PREF_SIZE);
                if (check.attention()) {
                    value.getStyleClass().add(Styles.WARNING);
                    name.getStyleClass().add(Styles.WARNING);
                }
                grid.addRow(row++, name, value);
            }
        };
        model.checks().addListener((ListChangeListener<ExportViewModel.Check>) c -> fill.run());
        fill.run();
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        grid.add(problem, 0, 20, 2, 1);
        return grid;
    }

    private TableView<List<String>> preview() {
        TableView<List<String>> table = new TableView<>(model.rows());
        table.setId(PREVIEW_ID);
        table.setPrefHeight(260);
        table.setMinHeight(160);
        Label empty = new Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(model.previewingProperty())
                .then(Messages.get("export.previewing")).otherwise(Messages.get("export.preview.empty")));
        empty.getStyleClass().add(StyleClasses.PLACEHOLDER);
        table.setPlaceholder(empty);
        Runnable columns = () -> {
            table.getColumns().clear();
            List<String> names = model.header();
            for (int i = 0; i < names.size(); i++) {
                int index = i;
                TableColumn<List<String>, String> column = new TableColumn<>(names.get(i));
                column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                        index < cell.getValue().size() ? cell.getValue().get(index) : ""));
                column.setPrefWidth(width(names.get(i), index));
                table.getColumns().add(org.podium.ui.common.Columns.fitHeader(column));
            }
            // New columns' cells in rows already shown were drawn without their row's layout
            // (text at the top of the row) until rebuilt.
            table.refresh();
        };
        model.header().addListener((ListChangeListener<String>) c -> columns.run());
        model.rows().addListener((ListChangeListener<List<String>>) c -> {
            for (int i = 0; i < table.getColumns().size(); i++) {
                table.getColumns().get(i).setPrefWidth(width(model.header().get(i), i));
            }
        });
        columns.run();
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    /** Wide enough for the header and the longest previewed cell, within reason. */
    private double width(String name, int column) {
        int longest = name.length();
        for (List<String> row : model.rows()) {
            if (column < row.size()) {
                longest = Math.max(longest, row.get(column).length());
            }
        }
        return Math.min(320, Math.max(90, longest * 8.0 + 32));
    }

    private HBox actions() {
        Button save = new Button(Messages.get("export.save"), new FontIcon(Feather.DOWNLOAD));
        save.setId(SAVE_ID);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        Button again = new Button(Messages.get("export.checkAgain"), new FontIcon(Feather.REFRESH_CW));
        again.disableProperty().bind(model.previewingProperty().or(model.savingProperty()));
        again.setOnAction(e -> model.refresh());
        Button cancel = new Button(Messages.get("common.cancel"));
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.savingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(160);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.savingProperty().or(model.previewingProperty()));
        progress.managedProperty().bind(progress.visibleProperty());
        for (Button button : new Button[] {save, again, cancel}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(10, save, again, cancel, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(StyleClasses.SECTION_HEADING);
        return label;
    }

    private static Label label(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(StyleClasses.FIELD_LABEL);
        return label;
    }
}
