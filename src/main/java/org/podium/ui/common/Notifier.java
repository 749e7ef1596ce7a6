package org.podium.ui.common;

/**
 * Tells the user what just happened, in the status bar, optionally with a way to undo it; the
 * message belongs to the screen it was said on and goes when the user turns to another.
 */
public interface Notifier {
    void notify(String message);

    /** Shows the message with an Undo action that runs {@code undo} once. */
    void offerUndo(String message, Runnable undo);

    /**
     * Tells what just happened to one event, such as a file imported into it: the message is
     * withdrawn once the window shows another event (every message goes with its screen).
     */
    default void notifyAbout(long eventId, String message) {
        notify(message);
    }

    /**
     * Offers to undo something done to one event (statuses set, a speaker taken off its panel):
     * the message and its undo are withdrawn once the window shows another event.
     */
    default void offerUndoAbout(long eventId, String message, Runnable undo) {
        offerUndo(message, undo);
    }
}
