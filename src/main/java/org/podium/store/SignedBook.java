package org.podium.store;

import java.time.Clock;
import java.time.Instant;

/**
 * What both kinds of book keep alike for {@link BookDatabase#sign}: who this open's saves are
 * stamped with, and the clock that dates them.
 */
abstract class SignedBook implements BookDatabase {
    private volatile String author;
    private volatile Clock clock = Clock.systemUTC();

    SignedBook(String author) {
        this.author = author;
    }

    @Override
    public final void sign(String who, Clock when) {
        author = who == null ? "" : who.strip();
        clock = when;
    }

    @Override
    public final String author() {
        return author;
    }

    @Override
    public final Instant now() {
        return clock.instant();
    }
}
