package org.podium.ui.common;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Every alert and question the window puts to the user goes through here, so view models can
 * be tested with a fake that answers for the user.
 */
public interface DialogService {
    /** The answers to "Save changes to …?". */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** Asks a yes/no question; true if the user chose {@code yes}. */
    boolean confirm(String title, String message, String yes, String no);

    /**
     * Asks where to save a file, starting in the folder last used; empty if cancelled.
     * {@code extension} is like "ics", {@code kind} names the file type for the filter.
     */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String kind, String extension);

    /**
     * Asks for a file to open, starting in the folder last used; empty if cancelled.
     * {@code kind} names the file type for the filter, {@code extensions} are like "csv".
     */
    Optional<Path> chooseOpenFile(String title, String kind, String... extensions);

    /** Asks for a date and time, offering {@code suggested}; empty if cancelled. */
    Optional<LocalDateTime> askDateTime(String title, String message, LocalDateTime suggested);

    /** Asks whether to save unsaved edits before going on: Save, Discard, or Cancel to stay. */
    SaveChoice askToSave(String title, String message);
}
