package org.podium.ui.teambook;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.Messages;
import org.podium.ui.common.SteadyLines;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.forms.FormGrid;

/** File → Open team book…: the server's fields, the recent team books, and the refusal in the dialog itself. */
public final class TeamBookView {
    public static final String HOST_ID = "teamBookHost";
    public static final String PORT_ID = "teamBookPort";
    public static final String DATABASE_ID = "teamBookDatabase";
    public static final String USER_ID = "teamBookUser";
    public static final String PARAMETERS_ID = "teamBookParameters";
    public static final String PASSWORD_ID = "teamBookPassword";
    public static final String RECENT_ID = "teamBookRecent";
    public static final String ERROR_ID = "teamBookError";
    public static final String OPEN_ID = "teamBookOpen";
    public static final String CANCEL_ID = "teamBookCancel";

    private final TeamBookViewModel model;

    public TeamBookView(TeamBookViewModel model) {
        this.model = model;
    }

    public Region build() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        TextField host = field(HOST_ID, model.hostProperty(), 24);
        host.setPromptText(Messages.get("teamBook.host.prompt"));
        TextField port = field(PORT_ID, model.portProperty(), 5);
        port.setMinWidth(Region.USE_PREF_SIZE);
        Label portLabel = new Label(Messages.get("teamBook.port"));
        portLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox hostAndPort = new HBox(8, host, portLabel, port);
        hostAndPort.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(host, Priority.ALWAYS);
        PasswordField password = new PasswordField();
        password.setId(PASSWORD_ID);
        password.textProperty().bindBidirectional(model.passwordProperty());
        Label passwordHint = new Label(Messages.get("teamBook.password.hint"));
        passwordHint.setWrapText(true);
        passwordHint.getStyleClass().add(StyleClasses.MUTED);
        passwordHint.setMinHeight(Region.USE_PREF_SIZE);
        TextField parameters = field(PARAMETERS_ID, model.parametersProperty(), 24);
        parameters.setPromptText("sslmode=require");
        TextField database = field(DATABASE_ID, model.databaseProperty(), 24);
        TextField user = field(USER_ID, model.userProperty(), 24);
        int row = 0;
        grid.addRow(row++, label("teamBook.host"), hostAndPort);
        grid.addRow(row++, label("teamBook.database"), database);
        grid.addRow(row++, label("teamBook.user"), user);
        grid.addRow(row++, label("teamBook.parameters"), parameters);
        grid.addRow(row++, label("teamBook.password"), password);
        grid.add(passwordHint, 1, row);

        ListView<String> recent = new ListView<>(model.recent());
        recent.setId(RECENT_ID);
        recent.setPrefHeight(110);
        recent.setPlaceholder(new Label(Messages.get("teamBook.recent.none")));
        recent.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.use(now);
            }
        });
        recent.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && recent.getSelectionModel().getSelectedItem() != null) {
                model.open();
            }
        });

        // At the dialog's own size (a field's small error line was hard to read here), in two lines
        // kept for it from the start and kept while it tries again: the dialog keeps its size.
        Label error = new Label();
        error.setId(ERROR_ID);
        error.setWrapText(true);
        FontIcon warning = new FontIcon(Feather.ALERT_TRIANGLE);
        warning.getStyleClass().add(StyleClasses.ICON_DANGER);
        error.setGraphic(warning);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(SteadyLines.lastWords(model.errorProperty()));
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.setMaxWidth(Double.MAX_VALUE);
        SteadyLines.reserve(error, 2);

        ProgressIndicator trying = new ProgressIndicator();
        trying.setPrefSize(18, 18);
        trying.visibleProperty().bind(model.openingProperty());
        Label tryingText = new Label(Messages.get("teamBook.trying"));
        tryingText.visibleProperty().bind(model.openingProperty());
        Button open = new Button(Messages.get("teamBook.open"), new FontIcon(Feather.LOG_IN));
        open.setId(OPEN_ID);
        open.setDefaultButton(true);
        open.disableProperty().bind(model.openingProperty());
        open.setOnAction(e -> model.open());
        Button cancel = new Button(Messages.get("common.cancel"));
        cancel.setId(CANCEL_ID);
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, trying, tryingText, spacer, open, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Map<TeamBookViewModel.Field, Control> at = new EnumMap<>(Map.of(TeamBookViewModel.Field.HOST, host,
                TeamBookViewModel.Field.PORT, port, TeamBookViewModel.Field.DATABASE, database,
                TeamBookViewModel.Field.USER, user, TeamBookViewModel.Field.PARAMETERS, parameters,
                TeamBookViewModel.Field.PASSWORD, password, TeamBookViewModel.Field.OPEN, open));
        // Open, disabled while it tries, would hand the focus on to Cancel, where Enter (meant to
        // try again) would close the dialog: the focus waits in the server's field instead, and a
        // refusal takes it to what to correct.
        model.openingProperty().addListener((obs, was, now) -> {
            if (now && open.isFocused()) {
                host.requestFocus();
            }
        });
        model.faultProperty().addListener((obs, old, now) -> {
            if (now != null) {
                focus(at.get(now));
            }
        });
        // A dialog that opens on a refusal (the command line's address) starts where that points.
        Optional.ofNullable(model.faultProperty().get()).or(model::missing)
                .ifPresent(first -> Platform.runLater(() -> focus(at.get(first))));

        VBox root = new VBox(12, grid, label("teamBook.recent"), recent, error, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(640);
        return root;
    }

    /** Shows the dialog over {@code owner} until a book is open or the user cancels. */
    public void showAndWait(Window owner) {
        stage(owner).showAndWait();
    }

    /** The dialog's window, over {@code owner} (none at start-up), not shown yet. */
    Stage stage(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("teamBook.title"));
        stage.setScene(new Scene(build()));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        model.doneProperty().addListener((obs, was, done) -> {
            if (done) {
                stage.close();
            }
        });
        // A refusal longer than the room kept for it makes the dialog taller rather than cutting it
        // and the hint short; nothing makes it shorter while it is open.
        model.errorProperty().addListener((obs, old, now) -> Platform.runLater(() -> {
            Scene scene = stage.getScene();
            double wanted = scene.getRoot().prefHeight(scene.getWidth());
            if (wanted > scene.getHeight()) {
                stage.setHeight(stage.getHeight() + wanted - scene.getHeight());
            }
        }));
        stage.setOnCloseRequest(e -> model.cancel());
        return stage;
    }

    private static void focus(Control control) {
        control.requestFocus();
        if (control instanceof TextField text) {
            text.selectAll();
        }
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property, int columns) {
        TextField field = FormGrid.text(property, id);
        field.setPrefColumnCount(columns);
        return field;
    }

    private static Label label(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(StyleClasses.FIELD_LABEL);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
