package org.podium.ui.suppression;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.Columns;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;

/** The Suppression section: the list as a table, a box to paste addresses into, and the file import. */
public final class SuppressionView {
    public static final String TABLE_ID = "suppressionTable";
    public static final String PASTE_ID = "suppressionPaste";
    public static final String ADD_ID = "suppressionAdd";
    public static final String REMOVE_ID = "suppressionRemove";
    public static final String IMPORT_ID = "suppressionImport";

    private final SuppressionViewModel model;

    public SuppressionView(SuppressionViewModel model) {
        this.model = model;
    }

    public Region build() {
        TableView<SuppressionViewModel.Row> table = table();
        Button remove = new Button(Messages.get("suppression.remove"), new FontIcon(Feather.TRASH_2));
        remove.setId(REMOVE_ID);
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(List.copyOf(table.getSelectionModel().getSelectedItems())));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.remove(List.copyOf(table.getSelectionModel().getSelectedItems()));
            }
        });
        Button importFile = new Button(Messages.get("suppression.import"), new FontIcon(Feather.UPLOAD));
        importFile.setId(IMPORT_ID);
        importFile.setOnAction(e -> model.importFile());
        Label count = new Label();
        count.getStyleClass().add(StyleClasses.MUTED);
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("suppression.count", model.rows().size()), model.rows()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, importFile, remove, spacer, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));

        BorderPane root = new BorderPane(table);
        root.setTop(bar);
        root.setRight(pasteBox());
        return root;
    }

    private TableView<SuppressionViewModel.Row> table() {
        TableView<SuppressionViewModel.Row> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(Messages.get("suppression.empty"));
        empty.getStyleClass().add(StyleClasses.PLACEHOLDER);
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().add(Columns.of("suppression.column.email", SuppressionViewModel.Row::email, 300));
        table.getColumns().add(Columns.of("suppression.column.since", SuppressionViewModel.Row::since, 120));
        table.getColumns().add(Columns.of("suppression.column.reason", SuppressionViewModel.Row::reason, 300));
        return table;
    }

    private VBox pasteBox() {
        Label heading = new Label(Messages.get("suppression.paste.heading"));
        heading.getStyleClass().add(StyleClasses.SECTION_HEADING);
        Label help = new Label(Messages.get("suppression.paste.help"));
        help.getStyleClass().add(StyleClasses.MUTED);
        help.setWrapText(true);
        TextArea paste = new TextArea();
        paste.setId(PASTE_ID);
        paste.setPromptText(Messages.get("suppression.paste.prompt"));
        paste.setWrapText(true);
        paste.textProperty().bindBidirectional(model.pastedProperty());
        VBox.setVgrow(paste, Priority.ALWAYS);
        TextField reason = new TextField();
        reason.textProperty().bindBidirectional(model.reasonProperty());
        Button add = new Button(Messages.get("suppression.add"), new FontIcon(Feather.SLASH));
        add.setId(ADD_ID);
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(model.pastedProperty().isEmpty());
        add.setOnAction(e -> model.addPasted());
        Label reasonLabel = new Label(Messages.get("suppression.reason"));
        reasonLabel.getStyleClass().add(StyleClasses.FIELD_LABEL);
        VBox box = new VBox(8, heading, help, paste, reasonLabel, reason, add);
        box.setPadding(new Insets(6, 12, 12, 12));
        box.setPrefWidth(320);
        return box;
    }
}
