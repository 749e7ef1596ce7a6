package org.podium.ui.privacy;

import atlantafx.base.theme.Styles;
import org.podium.ui.common.Dialogs;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.Columns;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;

/** The Retention dialog: rules, then the preview, then Apply. */
public final class RetentionView {
    public static final String SCOPE_ID = "retentionScope";
    public static final String MONTHS_ID = "retentionMonths";
    public static final String SAVE_ID = "retentionSave";
    public static final String TABLE_ID = "retentionTable";
    public static final String APPLY_ID = "retentionApply";

    private final RetentionViewModel model;

    public RetentionView(RetentionViewModel model) {
        this.model = model;
    }

    public void showAndWait(Window owner) {
        Dialog<ButtonType> dialog = Dialogs.closedByShortcut(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("retention.title"));
        dialog.setHeaderText(Messages.get("retention.header"));
        dialog.getDialogPane().setContent(build());
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(Messages.get("safety.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setPrefWidth(820);
        dialog.getDialogPane().setMinWidth(820);
        model.refresh();
        dialog.setOnShown(e -> org.podium.ui.forms.Focus.soon(dialog.getDialogPane().lookup("#" + MONTHS_ID)));
        dialog.showAndWait();
    }

    Region build() {
        ChoiceBox<RetentionViewModel.Scope> scope = new ChoiceBox<>(model.scopes());
        scope.setId(SCOPE_ID);
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        TextField months = new TextField();
        months.setId(MONTHS_ID);
        months.setPrefColumnCount(4);
        months.setPromptText(Messages.get("retention.months.prompt"));
        months.textProperty().bindBidirectional(model.monthsProperty());
        // Enter in the field saves the rule, as Save rule does.
        months.setOnAction(e -> {
            if (!model.readOnly()) {
                model.saveRule();
            }
        });
        Button save = new Button(Messages.get("retention.saveRule"), new FontIcon(Feather.CHECK));
        save.setId(SAVE_ID);
        save.setDisable(model.readOnly());
        save.setOnAction(e -> model.saveRule());
        HBox rule = new HBox(8, new Label(Messages.get("retention.for")), scope, new Label(Messages.get("retention.keep")),
                months, new Label(Messages.get("retention.monthsAfter")), save);
        rule.setAlignment(Pos.CENTER_LEFT);
        rule.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        Label rules = new Label();
        rules.textProperty().bind(model.rulesTextProperty());
        rules.getStyleClass().add(StyleClasses.MUTED);

        TableView<RetentionViewModel.Row> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.setPrefHeight(240);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(Messages.get("retention.nothingDue"));
        empty.getStyleClass().add(StyleClasses.PLACEHOLDER);
        table.setPlaceholder(empty);
        table.getColumns().add(Columns.of("retention.column.ended", RetentionViewModel.Row::ended, 110));
        table.getColumns().add(Columns.of("retention.column.rule", RetentionViewModel.Row::months, 70));
        table.getColumns().add(Columns.of("retention.column.registrants", RetentionViewModel.Row::registrants, 100));
        table.getColumns().add(Columns.of("retention.column.series", RetentionViewModel.Row::series, 120));
        table.getColumns().add(Columns.of("retention.column.event", RetentionViewModel.Row::title, 300));

        Label total = new Label();
        total.textProperty().bind(model.totalTextProperty());
        Button apply = new Button(Messages.get("retention.apply"), new FontIcon(Feather.EYE_OFF));
        apply.setId(APPLY_ID);
        apply.getStyleClass().add(Styles.DANGER);
        apply.disableProperty().bind(Bindings.isEmpty(model.rows()).or(Bindings.createBooleanBinding(model::readOnly)));
        apply.setOnAction(e -> model.apply());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, total, spacer, apply);
        bottom.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(Messages.get("retention.hint"));
        hint.getStyleClass().add(StyleClasses.MUTED);
        hint.setWrapText(true);
        VBox box = new VBox(10, hint, rule, rules, table, bottom);
        box.setPadding(new Insets(4));
        return box;
    }
}
