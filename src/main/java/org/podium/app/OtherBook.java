package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.podium.service.Book;
import org.podium.service.book.TeamBookAddress;
import org.podium.store.BookLock;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.FxTaskRunner;
import org.podium.ui.common.Messages;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.teambook.TeamBookView;
import org.podium.ui.teambook.TeamBookViewModel;

/**
 * Opens another book from the window (File → Open team book…, Open laptop book…), always off
 * the FX thread, and hands it to the window once it is open; what is open stays open until then.
 */
final class OtherBook {
    /** Takes the book just opened: the window shows it from now on, holding {@code lock} for a laptop book. */
    @FunctionalInterface
    interface Switch {
        void to(Book book, Optional<BookLock> lock, String notice);
    }

    private final Clock clock;
    private final Switch switcher;

    OtherBook(Clock clock, Switch switcher) {
        this.clock = clock;
        this.switcher = switcher;
    }

    /**
     * The Open team book dialog's state, filled from {@code given} when there is one (the command
     * line's address), its own runner so a slow server holds up none of the window's work.
     */
    TeamBookViewModel teamBook(List<String> recent, Optional<TeamBookAddress> given, TaskRunner runner) {
        TeamBookViewModel model = new TeamBookViewModel(
                (address, password) -> Composition.openTeamBook(address.address(), password, clock), runner,
                (book, address) -> switcher.to(book, Optional.empty(), Messages.get("teamBook.opened", address)),
                recent, System.getenv().getOrDefault("PGUSER", System.getProperty("user.name", "")));
        given.ifPresentOrElse(address -> model.use(address.text()), () -> model.fillIn(System.getenv()));
        return model;
    }

    /** File → Open team book…: the dialog over the window until a book is open or the user cancels. */
    void openTeamBook(Stage owner, List<String> recent) {
        new TeamBookView(teamBook(recent, Optional.empty(), new FxTaskRunner())).showAndWait(owner);
    }

    /**
     * File → Open laptop book…: a book file the coordinator picks, claimed for this window (one
     * window per book) and opened in the background.
     */
    void openLaptopBook(DialogService dialogs, TaskRunner runner) {
        dialogs.chooseOpenFile(Messages.get("laptopBook.chooseTitle"), Messages.get("book.refused.fileKind"), "db",
                "sqlite", "sqlite3").ifPresent(path -> openLaptopBook(path, dialogs, runner));
    }

    void openLaptopBook(Path path, DialogService dialogs, TaskRunner runner) {
        Optional<BookLock> lock = BookLock.tryAcquire(path);
        if (lock.isEmpty()) {
            dialogs.showError(Messages.get("laptopBook.failed"), Messages.get("laptopBook.inUse", path));
            return;
        }
        runner.run(Messages.get("laptopBook.opening", path.getFileName()), progress -> Composition.openBook(path, clock),
                book -> switcher.to(book, lock, Messages.get("laptopBook.opened", path)),
                failure -> {
                    lock.get().close();
                    dialogs.showError(Messages.get("laptopBook.failed"), failure.getMessage());
                });
    }
}
