package org.podium.ui.backup;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.service.common.Formats;
import org.podium.service.book.BackupService;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.TaskRunner;

/**
 * The Restore dialog: the copies in the backups folder, or a file the coordinator picks. A
 * choice is checked first (a file that is not a sound Podium book is refused with the reason),
 * then confirmed, and only then handed to the window, which swaps the book.
 */
public final class RestoreViewModel {
    /** One copy in the list. */
    public record Row(Path file, String name, String kind, String taken, String size) {
    }

    private final BackupService backups;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Consumer<Path> restore;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper closeRequested = new ReadOnlyBooleanWrapper(false);

    /** @param restore the window's action that closes the book, restores the file and reopens */
    public RestoreViewModel(BackupService backups, TaskRunner runner, DialogService dialogs, Consumer<Path> restore) {
        this.backups = backups;
        this.runner = runner;
        this.dialogs = dialogs;
        this.restore = restore;
    }

    public void refresh() {
        runner.run(Messages.get("restore.loading"), progress -> backups.list(), copies -> rows.setAll(copies.stream()
                .map(RestoreViewModel::row).toList()),
                failure -> dialogs.showError(Messages.get("restore.failed"), Messages.reason(failure)));
    }

    static Row row(BackupService.Copy copy) {
        Locale locale = Messages.locale();
        String taken = Formats.dateTime(locale).format(copy.taken());
        return new Row(copy.file(), copy.file().getFileName().toString(),
                Messages.get("backup.kind." + copy.kind().name()), taken, size(copy.bytes()));
    }

    static String size(long bytes) {
        return bytes < 1024 * 1024 ? Messages.get("backup.size.kb", Math.max(1, bytes / 1024))
                : Messages.get("backup.size.mb", String.format(Messages.locale(), "%.1f", bytes / (1024.0 * 1024)));
    }

    /** Restores the copy selected in the list. */
    public void restoreSelected() {
        Row row = selected.get();
        if (row != null) {
            check(row.file());
        }
    }

    /** Asks for any Podium book or backup file, then restores it. */
    public void restoreFromFile() {
        dialogs.chooseOpenFile(Messages.get("restore.chooseFile"), Messages.get("backup.fileKind"), "db")
                .ifPresent(this::check);
    }

    private void check(Path file) {
        runner.run(Messages.get("restore.checking", file.getFileName()), progress -> backups.inspect(file), contents -> {
            if (dialogs.confirm(Messages.get("restore.confirm.title"), Messages.get("restore.confirm.message",
                    file, contents.events(), contents.people(), contents.registrations(), backups.folder()),
                    Messages.get("restore.confirm.yes"), Messages.get("common.cancel"))) {
                closeRequested.set(true);
                restore.accept(file);
            }
        }, failure -> dialogs.showError(Messages.get("restore.refused"), Messages.reason(failure)));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** Set once a restore was confirmed: the dialog closes and the window takes over. */
    public ReadOnlyBooleanProperty closeRequestedProperty() {
        return closeRequested.getReadOnlyProperty();
    }

    public Path folder() {
        return backups.folder();
    }
}
