package org.podium.ui.common;

/** Tells the user what just happened, in the status bar, optionally with a way to undo it. */
public interface Notifier {
    void notify(String message);

    /** Shows the message with an Undo action that runs {@code undo} once. */
    void offerUndo(String message, Runnable undo);
}
