package org.podium.service.common;

import org.podium.store.StoreException;

/** Tells the window and the command line whether a failure came from the book itself, without their knowing the store. */
public final class BookFailures {
    private BookFailures() {
    }

    /**
     * True when {@code e} is the store's own failure, whose message already says what went wrong
     * with the book, or a refusal of what a team book leaves to its server.
     */
    public static boolean fromBook(Throwable e) {
        return e instanceof StoreException || e instanceof NotOnTeamBookException;
    }
}
