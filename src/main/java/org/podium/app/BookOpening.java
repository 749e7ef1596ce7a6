package org.podium.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.podium.service.Book;
import org.podium.store.StoreException;
import org.podium.ui.book.BookRefusedViewModel.Choice;
import org.podium.ui.book.BookRefusedViewModel.Kind;

/**
 * Opens the book for the window and, while a book is refused, asks the user what to do: open
 * another book, open a copy of a backup, or quit. Nothing here runs on the FX thread.
 */
final class BookOpening {
    /** Puts the refusal to the user and returns their choice. */
    @FunctionalInterface
    interface Question {
        Choice ask(Path refusedBook, String reason);
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Function<Path, Book> opener;
    private final Question question;
    private final Path dataFolder;
    private final Clock clock;

    BookOpening(Function<Path, Book> opener, Question question, Path dataFolder, Clock clock) {
        this.opener = opener;
        this.question = question;
        this.dataFolder = dataFolder;
        this.clock = clock;
    }

    /**
     * The open book, starting from {@code first} (which may already be opening in the
     * background), or empty when the user chose to quit.
     */
    Optional<Book> open(Path firstPath, Supplier<Book> first) {
        Path path = firstPath;
        Supplier<Book> attempt = first;
        while (true) {
            String reason;
            try {
                return Optional.of(attempt.get());
            } catch (StoreException e) {
                reason = e.getMessage();
            } catch (RuntimeException | LinkageError e) {
                // Not a refusal the store foresaw (a missing native library, say): still a
                // dialog with the reason rather than a trace on a console nobody sees.
                reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            Choice choice = question.ask(path, reason);
            if (choice.kind() == Kind.QUIT) {
                return Optional.empty();
            }
            Path chosen = choice.path().orElseThrow();
            path = chosen;
            attempt = choice.kind() == Kind.BACKUP
                    ? () -> openCopyOf(chosen)
                    : () -> opener.apply(chosen);
        }
    }

    private Book openCopyOf(Path backup) {
        Path copy = copyOfBackup(backup);
        try {
            return opener.apply(copy);
        } catch (RuntimeException | LinkageError e) {
            // A copy that cannot be opened is of no use; the backup itself is still there.
            try {
                Files.deleteIfExists(copy);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Copies a backup to a new book in the data folder and returns it: the backup itself stays
     * as it was, ready for another try, and a rolling clean-up of old backups never removes the
     * book the user works in. Nothing has the backup open, so a plain file copy is safe.
     */
    Path copyOfBackup(Path backup) {
        try {
            return copy(backup);
        } catch (IOException e) {
            throw new StoreException("The backup " + backup + " could not be copied into " + dataFolder + ": "
                    + e.getMessage() + ". It was left as it was.", e);
        }
    }

    private Path copy(Path backup) throws IOException {
        Files.createDirectories(dataFolder);
        String base = "podium-restored-" + LocalDateTime.now(clock).format(STAMP);
        Path target = dataFolder.resolve(base + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = dataFolder.resolve(base + "-" + n + ".db");
        }
        Path temporary = dataFolder.resolve(target.getFileName() + ".part");
        Files.copy(backup, temporary, StandardCopyOption.REPLACE_EXISTING);
        return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
