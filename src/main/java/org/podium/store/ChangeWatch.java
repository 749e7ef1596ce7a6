package org.podium.store;

/**
 * Tells an open window whether someone else has changed the book since the last look: another
 * program on a laptop book ({@link BookWatch}), another coordinator on a team book
 * ({@link TeamWatch}). One background thread asks; nothing here runs on the window's thread.
 */
public interface ChangeWatch extends AutoCloseable {
    /**
     * Whether another connection committed a change since the last call (or since the watch
     * began). Throws {@link ConnectionLostException} while the server cannot be reached; the
     * next call tries again.
     */
    boolean changedElsewhere();

    @Override
    void close();
}
