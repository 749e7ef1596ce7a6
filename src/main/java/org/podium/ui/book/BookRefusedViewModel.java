package org.podium.ui.book;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.podium.ui.common.Messages;

/**
 * What the user may do about a book Podium cannot open: choose another book, open a backup,
 * or quit. It never touches the refused file.
 */
public final class BookRefusedViewModel {
    /** The folder of backups beside a book, where the backup feature keeps its copies. */
    public static final String BACKUPS_FOLDER = "backups";

    /** What the user decided; {@code path} is empty only for {@link Kind#QUIT}. */
    public record Choice(Kind kind, Optional<Path> path) {
        public static Choice quit() {
            return new Choice(Kind.QUIT, Optional.empty());
        }
    }

    /** Open another book as it is, open a copy of a backup, or give up. */
    public enum Kind {
        BOOK, BACKUP, QUIT
    }

    /** Asks the user for a file to open, starting in a folder; empty if they cancel. */
    @FunctionalInterface
    public interface FilePicker {
        Optional<Path> pick(String title, Path startIn);
    }

    private final Path refusedBook;
    private final String reason;
    private final Path dataFolder;
    private final FilePicker picker;
    private final ReadOnlyObjectWrapper<Choice> choice = new ReadOnlyObjectWrapper<>();

    public BookRefusedViewModel(Path refusedBook, String reason, Path dataFolder, FilePicker picker) {
        this.refusedBook = refusedBook.toAbsolutePath();
        this.reason = reason;
        this.dataFolder = dataFolder.toAbsolutePath();
        this.picker = picker;
    }

    public String title() {
        return Messages.get("book.cannotOpen");
    }

    /** Why the book was refused, as the store explained it (it names the file). */
    public String reason() {
        return reason;
    }

    public String advice() {
        return Messages.get("book.refused.advice");
    }

    public Path refusedBook() {
        return refusedBook;
    }

    /** Set once the user has decided; the view closes when it is. */
    public ReadOnlyObjectProperty<Choice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** "Choose another book…": a cancelled chooser leaves the question open. */
    public void chooseAnotherBook() {
        picker.pick(Messages.get("book.refused.chooseTitle"), firstFolder(List.of(refusedBook.getParent(), dataFolder)))
                .ifPresent(path -> choice.set(new Choice(Kind.BOOK, Optional.of(path.toAbsolutePath()))));
    }

    /** "Open a backup…": starts where backups are kept; a cancelled chooser leaves the question open. */
    public void openBackup() {
        picker.pick(Messages.get("book.refused.backupTitle"), backupsFolder())
                .ifPresent(path -> choice.set(new Choice(Kind.BACKUP, Optional.of(path.toAbsolutePath()))));
    }

    public void quit() {
        choice.set(Choice.quit());
    }

    /**
     * Where the backup chooser starts: the {@code backups} folder beside the refused book or in
     * the data folder, whichever exists, else the data folder itself.
     */
    public Path backupsFolder() {
        Path besideBook = refusedBook.getParent() == null ? null : refusedBook.getParent().resolve(BACKUPS_FOLDER);
        return firstFolder(java.util.Arrays.asList(besideBook, dataFolder.resolve(BACKUPS_FOLDER), dataFolder));
    }

    private Path firstFolder(List<Path> candidates) {
        for (Path candidate : candidates) {
            if (candidate != null && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        // A chooser needs a folder that exists; the home folder always does.
        return Path.of(System.getProperty("user.home"));
    }
}
