package org.podium.ui.book;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.Messages;

/**
 * The window shown instead of a stack trace when the book cannot be opened: the reason, in
 * text that can be selected and copied, and the ways out.
 */
public final class BookRefusedView {
    public static final String REASON_ID = "bookRefusedReason";
    public static final String ANOTHER_ID = "bookRefusedAnother";
    public static final String BACKUP_ID = "bookRefusedBackup";
    public static final String QUIT_ID = "bookRefusedQuit";

    private final BookRefusedViewModel model;

    public BookRefusedView(BookRefusedViewModel model) {
        this.model = model;
    }

    /** A chooser of existing files, owned by {@code owner}, that starts in the given folder. */
    public static BookRefusedViewModel.FilePicker picker(Window owner) {
        return (title, startIn) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(Messages.get("book.refused.fileKind"), "*.db", "*.sqlite", "*.sqlite3"),
                    new FileChooser.ExtensionFilter(Messages.get("book.refused.allFiles"), "*"));
            chooser.setInitialDirectory(startIn.toFile());
            File file = chooser.showOpenDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }

    public Region build() {
        Label title = new Label(model.title(), new FontIcon(Feather.ALERT_TRIANGLE));
        title.getStyleClass().add(Styles.TITLE_3);
        TextArea reason = new TextArea(model.reason());
        reason.setId(REASON_ID);
        reason.setEditable(false);
        reason.setWrapText(true);
        reason.setPrefRowCount(4);
        reason.setPrefColumnCount(48);
        Label advice = new Label(model.advice());
        advice.setWrapText(true);

        Button another = button(ANOTHER_ID, "book.refused.chooseAnother", Feather.FOLDER, model::chooseAnotherBook);
        another.setDefaultButton(true);
        Button backup = button(BACKUP_ID, "book.refused.openBackup", Feather.ROTATE_CCW, model::openBackup);
        Button quit = button(QUIT_ID, "book.refused.quit", Feather.LOG_OUT, model::quit);
        quit.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, another, backup, spacer, quit);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(12, title, reason, advice, buttons);
        root.setPadding(new Insets(20));
        VBox.setVgrow(reason, Priority.ALWAYS);
        return root;
    }

    private static Button button(String id, String key, Feather icon, Runnable action) {
        Button button = new Button(Messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /**
     * Shows the question in its own window and waits for the answer; closing the window
     * counts as quitting.
     */
    public BookRefusedViewModel.Choice showAndWait(Stage stage) {
        stage.setTitle(Messages.get("app.name") + " — " + model.title());
        stage.setScene(new Scene(build()));
        model.choiceProperty().addListener((obs, old, now) -> {
            if (now != null) {
                stage.close();
            }
        });
        stage.showAndWait();
        return Optional.ofNullable(model.choiceProperty().get()).orElseGet(BookRefusedViewModel.Choice::quit);
    }
}
