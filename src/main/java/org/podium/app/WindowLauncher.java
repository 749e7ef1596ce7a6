package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.podium.service.Book;
import org.podium.service.book.TeamBookAddress;
import org.podium.service.common.Preferences;
import org.podium.store.BookLock;
import org.podium.store.TeamAddress;
import org.podium.ui.book.BookRefusedView;
import org.podium.ui.book.BookRefusedViewModel;
import org.podium.ui.common.FxTaskRunner;
import org.podium.ui.teambook.TeamBookView;
import org.podium.ui.teambook.TeamBookViewModel;

/**
 * Starts the window from the launcher: JavaFX starts while the book opens, and a book that
 * cannot be opened becomes a question to the user instead of a stack trace.
 */
final class WindowLauncher {
    private WindowLauncher() {
    }

    /** Shows the window on the book and returns when it is closed, or when the user gives up. */
    static void run(BookPlace place, Path preferencesFile, Path dataFolder, Clock clock) {
        if (place instanceof BookPlace.Team team) {
            runOnTeamBook(team.address(), preferencesFile, clock);
        } else {
            run(((BookPlace.File) place).path(), preferencesFile, dataFolder, clock);
        }
    }

    /**
     * Shows the window on a team book, opened while the toolkit starts; a server that cannot be
     * reached or refuses the login shows the Open team book dialog with the address and the
     * reason, to try again (a password typed, say) or give up.
     */
    private static void runOnTeamBook(TeamAddress address, Path preferencesFile, Clock clock) {
        CompletableFuture<Book> opening = CompletableFuture.supplyAsync(
                () -> Composition.openTeamBook(address, Optional.empty(), clock),
                task -> daemon("podium-open-book", task).start());
        startToolkit();
        Optional<Book> book = Optional.empty();
        try {
            try {
                book = Optional.of(join(opening));
            } catch (RuntimeException refused) {
                book = onFx(() -> askForTeamBook(new TeamBookAddress(address), refused, preferencesFile, clock));
            }
            book = book.map(open -> showUntilClosed(open, Optional.empty(), preferencesFile, clock));
        } finally {
            stopToolkit();
            book.ifPresent(Book::close);
        }
    }

    /** The Open team book dialog, filled with the address refused and why; the book opened from it, if any. */
    private static Optional<Book> askForTeamBook(TeamBookAddress refused, RuntimeException why, Path preferencesFile,
                                                 Clock clock) {
        Preferences preferences = Preferences.load(preferencesFile);
        PodiumWindow.applyLanguageAndTheme(preferences);
        AtomicReference<Book> opened = new AtomicReference<>();
        TeamBookViewModel model = new OtherBook(clock, (book, lock, notice) -> opened.set(book))
                .teamBook(preferences.recentTeamBooks(), Optional.of(refused), new FxTaskRunner());
        model.refused(why, refused);
        new TeamBookView(model).showAndWait(null);
        return Optional.ofNullable(opened.get());
    }

    private static void startToolkit() {
        Platform.setImplicitExit(false);
        try {
            Platform.startup(() -> { });
        } catch (RuntimeException e) {
            // No display (a terminal over ssh, a server): say so in one line, not a trace.
            throw new WindowUnavailableException("cannot open the window: " + e.getMessage()
                    + ". The commands work without one: podium --help", e);
        }
    }

    private static void run(Path bookPath, Path preferencesFile, Path dataFolder, Clock clock) {
        StartupProbe.mark("launcher");
        // Opening the book loads SQLite's native library and checks the schema: on a thread of
        // its own it overlaps with the toolkit's start, the longest step before the window.
        // One window per book: the lock is a side file; without it the book may only be read.
        Optional<BookLock> lock = BookLock.tryAcquire(bookPath);
        CompletableFuture<Book> opening = lock.isEmpty() ? null
                : CompletableFuture.supplyAsync(() -> Composition.openBook(bookPath, clock),
                        task -> daemon("podium-open-book", task).start());
        startToolkit();
        StartupProbe.mark("toolkit");
        Preferences preferences = Preferences.load(preferencesFile);
        BookOpening books = new BookOpening(path -> Composition.openBook(path, clock),
                (refused, reason) -> onFx(() -> ask(refused, reason, dataFolder, preferences)), dataFolder, clock);
        Optional<Book> book = Optional.empty();
        try {
            if (opening == null && !onFx(() -> {
                PodiumWindow.applyLanguageAndTheme(preferences);
                return PodiumWindow.askReadOnly(bookPath);
            })) {
                return;
            }
            book = books.open(bookPath, opening == null
                    ? () -> Composition.openBookReadOnly(bookPath, clock) : () -> join(opening));
            StartupProbe.mark("book");
            book = book.map(open -> showUntilClosed(open, lock, preferencesFile, clock));
        } finally {
            stopToolkit();
            // Closed only once the FX thread has stopped, so no late callback of a background
            // task reaches a closed book.
            book.ifPresent(Book::close);
            lock.ifPresent(BookLock::close);
        }
    }

    private static void stopToolkit() {
        Thread fxThread = onFx(Thread::currentThread);
        Platform.exit();
        try {
            fxThread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static BookRefusedViewModel.Choice ask(Path refused, String reason, Path dataFolder,
                                                   Preferences preferences) {
        PodiumWindow.applyLanguageAndTheme(preferences);
        Stage stage = new Stage();
        BookRefusedViewModel model = new BookRefusedViewModel(refused, reason, dataFolder,
                BookRefusedView.picker(stage));
        return new BookRefusedView(model).showAndWait(stage);
    }

    /** Shows the window and returns, once it is closed, the book it showed last (File → Open … changes it). */
    private static Book showUntilClosed(Book book, Optional<BookLock> lock, Path preferencesFile, Clock clock) {
        CountDownLatch closed = new CountDownLatch(1);
        PodiumWindow shown = onFx(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            if (StartupProbe.enabled(System.getenv())) {
                StartupProbe.watch(stage, System.err, Stage::close);
            }
            try {
                PodiumWindow window = PodiumWindow.show(stage, book, preferencesFile, clock);
                window.hold(lock);
                StartupProbe.mark("shown");
                return window;
            } catch (RuntimeException e) {
                closed.countDown();
                throw e;
            }
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return onFx(shown::book);
    }

    /** Runs {@code work} on the FX thread and waits for its result, rethrowing its failure here. */
    private static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return join(result);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The window cannot be shown at all on this machine, whichever book is asked for. */
    static final class WindowUnavailableException extends RuntimeException {
        WindowUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
