package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.podium.service.common.AppInfo;
import org.podium.service.common.NotOnTeamBookException;
import org.podium.service.book.BackupService;
import org.podium.service.book.BookChanges;
import org.podium.service.Book;
import org.podium.service.common.Preferences;
import org.podium.service.documents.UserGuide;
import org.podium.ui.about.AboutView;
import org.podium.ui.about.AboutViewModel;
import org.podium.store.BookLock;
import org.podium.ui.common.FxDialogService;
import org.podium.ui.common.FxTaskRunner;
import org.podium.ui.common.Messages;
import org.podium.ui.preferences.PreferencesView;
import org.podium.ui.preferences.PreferencesViewModel;
import org.podium.ui.shell.BookNames;
import org.podium.ui.shell.ShellView;
import org.podium.ui.shell.ShellViewModel;

/**
 * The window on one book: claims it (a second window on the same book offers read-only), builds
 * the shell, applies theme and language, wires the menus, and swaps the book on a restore.
 */
public final class PodiumWindow implements ShellView.Actions {
    static final String CSS = "/org/podium/ui/podium.css";

    private final Stage stage;
    private Book book;
    private ShellViewModel shell;
    private final Path preferencesFile;
    private Preferences preferences;

    private final Clock clock;
    /** The one-window claim on the laptop book shown, released when another book takes its place. */
    private Optional<BookLock> lock = Optional.empty();

    private PodiumWindow(Stage stage, Book book, Path preferencesFile, Clock clock) {
        this.stage = stage;
        this.clock = clock;
        this.book = book;
        this.preferencesFile = preferencesFile;
        this.preferences = Preferences.load(preferencesFile);
    }

    /** Asks whether to open, read-only, a book another window holds. */
    static boolean askReadOnly(Path bookPath) {
        ButtonType readOnly = new ButtonType(Messages.get("book.alreadyOpen.readOnly"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = org.podium.ui.common.Dialogs.cancel();
        Alert alert = new Alert(Alert.AlertType.WARNING, Messages.get("book.alreadyOpen.message", bookPath), readOnly, cancel);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(Messages.get("book.alreadyOpen.title"));
        return alert.showAndWait().filter(readOnly::equals).isPresent();
    }

    /** Shows the window on an open book in the given stage; the tests call this too. */
    public static PodiumWindow show(Stage stage, Book book, Path preferencesFile, Clock clock) {
        PodiumWindow window = new PodiumWindow(stage, book, preferencesFile, clock);
        applyLanguageAndTheme(window.preferences);
        window.build();
        window.rememberTeamBook();
        org.podium.ui.common.PopupsInside.keep(stage);
        org.podium.ui.common.DialogStyle.follow(stage, CSS);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        return window;
    }

    private ShellViewModel build() {
        shell = new ShellViewModel(book, new FxTaskRunner(), new FxDialogService(stage),
                clock, preferences.audienceZones());
        WindowLayout.keep(shell.events(), preferencesFile.resolveSibling(WindowLayout.FILE));
        rememberLastZone();
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(new ShellView(shell, this).build());
            stage.setScene(scene);
        } else {
            scene.setRoot(new ShellView(shell, this).build());
        }
        // Also on a scene the stage showed before (the tests' shared stage): the window's look is this sheet.
        if (!scene.getStylesheets().contains(CSS)) {
            scene.getStylesheets().add(CSS);
        }
        // A mark before the title while any form holds edits not yet saved.
        String title = BookNames.title(book);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.when(shell.guard().dirtyProperty())
                .then("• " + title).otherwise(title));
        // Closing the window is quitting: the unsaved edits are asked about first.
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        Platform.runLater(shell::start);
        watchForChangesElsewhere();
        return shell;
    }

    // A command-line import, another program's write or another coordinator's save shows in the
    // window within a second or so; a team book's lost server shows a banner until it is back.
    // The watcher thread only hands the news to the FX thread (issue 28, point 9; issue 26,
    // point 4). Started once per book: a rebuilt shell (a language switch) is reached through the field.
    private void watchForChangesElsewhere() {
        book.changes().start(new BookChanges.Listener() {
            @Override
            public void changed() {
                Platform.runLater(() -> shell.changedElsewhere());
            }

            @Override
            public void lost(String server) {
                Platform.runLater(() -> shell.connectionLost(server));
            }

            @Override
            public void busy(String server) {
                Platform.runLater(() -> shell.connectionBusy(server));
            }

            @Override
            public void back() {
                Platform.runLater(() -> shell.connectionBack());
            }

            @Override
            public void failed(RuntimeException failure) {
                Platform.runLater(() -> shell.notify(Messages.get("changes.watchFailed", failure.getMessage())));
            }
        });
    }

    // A new event starts in the zone of the last one saved, across restarts (issue 28, point 12).
    private void rememberLastZone() {
        var lastZone = shell.events().form().lastZoneProperty();
        lastZone.set(preferences.lastZone());
        lastZone.addListener((obs, old, zone) -> {
            if (zone == null || zone.equals(preferences.lastZone())) {
                return;
            }
            keep(preferences.withLastZone(zone));
        });
    }

    // A team book, whether from the command line or File → Open team book…, goes first in the recent list.
    private void rememberTeamBook() {
        book.team().ifPresent(team -> keep(preferences.withRecentTeamBook(team.text())));
    }

    // Saved in the background: the preferences file may be on a slow disk.
    private void keep(Preferences chosen) {
        preferences = chosen;
        shell.runner().run(Messages.get("preferences.saving"), progress -> {
            chosen.save(preferencesFile);
            return chosen;
        }, saved -> { }, failure -> shell.notify(Messages.get("preferences.saveFailed") + " " + failure.getMessage()));
    }

    /**
     * Closes the book, restores {@code source} over it (the current book is saved first) and
     * reopens it, off the FX thread with the window disabled meanwhile. A failed restore
     * leaves the book as it was and reopens that.
     */
    @Override
    public void restoreBook(Path source) {
        shell.guard().settle(() -> restore(source));
    }

    private void restore(Path source) {
        Book old = book;
        Path path = old.file().orElseThrow(() -> NotOnTeamBookException.copiesAreTheServers(old.name()));
        stage.getScene().getRoot().setDisable(true);
        shell.runner().run(Messages.get("restore.running"), progress -> swap(old, path, source, clock), swapped -> {
            if (swapped.book() == null) {
                new FxDialogService(stage).showError(Messages.get("restore.failed"), swapped.failure().getMessage());
                stage.close();
                return;
            }
            book = swapped.book();
            ShellViewModel rebuilt = build();
            if (swapped.failure() != null) {
                new FxDialogService(stage).showError(Messages.get("restore.failed"), swapped.failure().getMessage());
            } else {
                String done = Messages.get("restore.done", source.getFileName(),
                        swapped.restored().previousBook().map(p -> p.getFileName().toString()).orElse(""));
                rebuilt.notify(swapped.reErased() == 0 ? done
                        : done + " " + Messages.get("restore.reErased", swapped.reErased()));
            }
        }, failure -> {
            stage.getScene().getRoot().setDisable(false);
            new FxDialogService(stage).showError(Messages.get("restore.failed"), failure.getMessage());
        });
    }

    /** The book after a restore: reopened (null if even that failed), with the restore's outcome. */
    private record Swapped(Book book, BackupService.Restored restored, RuntimeException failure, int reErased) {
    }

    private static Swapped swap(Book old, Path path, Path source, Clock clock) {
        old.close();
        BackupService.Restored restored = null;
        RuntimeException failure = null;
        try {
            restored = BackupService.restore(path, source, clock);
        } catch (RuntimeException e) {
            failure = e;
        }
        Book reopened;
        try {
            reopened = Composition.openBook(path, clock);
        } catch (RuntimeException e) {
            return new Swapped(null, restored, failure != null ? failure : e, 0);
        }
        try {
            // A backup from before an erasure must not bring the person back.
            return new Swapped(reopened, restored, failure, reopened.privacy().reapplyErasures().size());
        } catch (RuntimeException e) {
            return new Swapped(reopened, restored, failure != null ? failure : e, 0);
        }
    }

    /** Keeps the claim on the laptop book shown, to release it when another book is opened in its place. */
    void hold(Optional<BookLock> claim) {
        lock = claim;
    }

    /** File → Open team book…, once the forms' edits are saved or discarded. */
    @Override
    public void openTeamBook() {
        shell.guard().settle(() -> otherBook().openTeamBook(stage, preferences.recentTeamBooks()));
    }

    /** File → Open laptop book…, once the forms' edits are saved or discarded. */
    @Override
    public void openLaptopBook() {
        shell.guard().settle(() -> otherBook().openLaptopBook(new FxDialogService(stage), shell.runner()));
    }

    private OtherBook otherBook() {
        return new OtherBook(clock, this::switchTo);
    }

    /**
     * Shows {@code next} in place of the book open until now, which is then closed in the
     * background (a server may be slow to say goodbye); a team book goes first in the recent list.
     */
    private void switchTo(Book next, Optional<BookLock> nextLock, String notice) {
        Book old = book;
        Optional<BookLock> oldLock = lock;
        book = next;
        lock = nextLock;
        ShellViewModel rebuilt = build();
        rebuilt.notify(notice);
        rebuilt.runner().run(notice, progress -> {
            old.close();
            oldLock.ifPresent(BookLock::close);
            return old;
        }, closed -> { }, failure -> rebuilt.notify(failure.getMessage()));
        rememberTeamBook();
    }

    /** The book the window shows now; a restore or File → Open … replaces it. */
    public Book book() {
        return book;
    }

    /** The language and the look of the window and of every dialog, those shown before the window included. */
    static void applyLanguageAndTheme(Preferences preferences) {
        Messages.use(preferences.language().locale(Locale.getDefault()));
        applyTheme(preferences);
        org.podium.ui.common.DialogStyle.followOwnerless(CSS);
    }

    private static void applyTheme(Preferences preferences) {
        Application.setUserAgentStylesheet(theme(preferences.theme() == Preferences.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet()));
    }

    /**
     * AtlantaFX's stylesheet as the build compiled it to JavaFX's binary form (the pom's
     * theme-bss), else as AtlantaFX ships it. The FX thread reads it before the first frame; the
     * binary form takes a quarter of the CPU time that parsing the text does.
     */
    static String theme(String stylesheet) {
        String name = stylesheet.substring(stylesheet.lastIndexOf('/') + 1).replaceFirst("\\.css$", ".bss");
        java.net.URL compiled = PodiumWindow.class.getResource("/org/podium/ui/theme/" + name);
        return compiled != null ? compiled.toExternalForm() : stylesheet;
    }

    @Override
    public void openPreferences() {
        new PreferencesView(new PreferencesViewModel(preferences, chosen -> {
            try {
                chosen.save(preferencesFile);
            } catch (RuntimeException e) {
                new FxDialogService(stage).showError(Messages.get("preferences.saveFailed"), e.getMessage());
            }
            boolean rebuilt = chosen.language() != preferences.language()
                    || !chosen.audienceZones().equals(preferences.audienceZones());
            preferences = chosen;
            // A theme applies to the window as it is; a language is only in a window built again,
            // which would lose the forms' edits: they are settled first.
            applyTheme(chosen);
            if (rebuilt) {
                shell.guard().settle(() -> {
                    applyLanguageAndTheme(chosen);
                    build();
                }, () -> shell.notify(Messages.get("unsaved.appliesLater")));
            }
        })).showAndWait(stage);
    }

    @Override
    public void showAbout() {
        new AboutView(new AboutViewModel(AppInfo.version(), book.name(), AppInfo.sqliteVersion(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version"),
                book.serverVersion())).showAndWait(stage);
    }

    /** Closes the window once every form's edits are saved or discarded; Cancel keeps it open. */
    @Override
    public void openUserGuide() {
        shell.runner().run(Messages.get("guide.opening"), progress -> UserGuide.unpackToTemp(Messages.locale()),
                page -> hostServices().showDocument(page.toUri().toString()),
                failure -> new FxDialogService(stage).showError(Messages.get("guide.failed"), failure.getMessage()));
    }

    // The window is started without an Application subclass (see WindowLauncher); an unlaunched
    // one still hands out the platform's host services, which open a page in the system browser.
    private static javafx.application.HostServices hostServices() {
        return new Application() {
            @Override
            public void start(Stage primaryStage) {
            }
        }.getHostServices();
    }

    @Override
    public void quit() {
        shell.guard().settle(stage::close);
    }

    /** The window's view model, for the window tests, which act as a drop or a menu would. */
    ShellViewModel shell() {
        return shell;
    }
}
