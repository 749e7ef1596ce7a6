package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.podium.service.AppInfo;
import org.podium.service.Book;
import org.podium.service.Preferences;
import org.podium.ui.about.AboutView;
import org.podium.ui.about.AboutViewModel;
import org.podium.ui.common.FxDialogService;
import org.podium.ui.common.FxTaskRunner;
import org.podium.ui.common.Messages;
import org.podium.ui.preferences.PreferencesView;
import org.podium.ui.preferences.PreferencesViewModel;
import org.podium.ui.shell.ShellView;
import org.podium.ui.shell.ShellViewModel;

/** The window on one book: builds the shell, applies theme and language, wires the menus. */
public final class PodiumWindow implements ShellView.Actions {
    private static final String CSS = "/org/podium/ui/podium.css";

    private final Stage stage;
    private final Book book;
    private final Path preferencesFile;
    private Preferences preferences;

    private final Clock clock;

    private PodiumWindow(Stage stage, Book book, Path preferencesFile, Clock clock) {
        this.stage = stage;
        this.clock = clock;
        this.book = book;
        this.preferencesFile = preferencesFile;
        this.preferences = Preferences.load(preferencesFile);
    }

    /** Shows the window on an open book in the given stage; the tests call this too. */
    public static PodiumWindow show(Stage stage, Book book, Path preferencesFile, Clock clock) {
        PodiumWindow window = new PodiumWindow(stage, book, preferencesFile, clock);
        applyLanguageAndTheme(window.preferences);
        window.build();
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        return window;
    }

    private ShellViewModel build() {
        ShellViewModel shell = new ShellViewModel(book.path(), book, new FxTaskRunner(), new FxDialogService(stage),
                clock, preferences.audienceZones());
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(new ShellView(shell, this).build());
            scene.getStylesheets().add(CSS);
            stage.setScene(scene);
        } else {
            scene.setRoot(new ShellView(shell, this).build());
        }
        stage.setTitle(Messages.get("app.title", book.path().getFileName()));
        Platform.runLater(shell::start);
        return shell;
    }

    static void applyLanguageAndTheme(Preferences preferences) {
        Messages.use(preferences.language().locale(Locale.getDefault()));
        Application.setUserAgentStylesheet(preferences.theme() == Preferences.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void openPreferences() {
        new PreferencesView(new PreferencesViewModel(preferences, chosen -> {
            try {
                chosen.save(preferencesFile);
            } catch (RuntimeException e) {
                new FxDialogService(stage).showError(Messages.get("preferences.saveFailed"), e.getMessage());
            }
            preferences = chosen;
            applyLanguageAndTheme(chosen);
            build();
        })).showAndWait(stage);
    }

    @Override
    public void showAbout() {
        new AboutView(new AboutViewModel(AppInfo.version(), book.path(), book.database().sqliteVersion(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version"))).showAndWait(stage);
    }

    @Override
    public void quit() {
        stage.close();
    }
}
