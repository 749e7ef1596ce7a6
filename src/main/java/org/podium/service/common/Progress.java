package org.podium.service.common;

/** Where long work reports how far it has gone and learns whether the user cancelled it. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }

        @Override
        public boolean followed() {
            return false;
        }
    };

    void update(long done, long total);

    boolean cancelled();

    /**
     * Reports {@code done} of {@code total} and stops the work if the user cancelled it, with
     * {@code cancelled} saying what was left as it was: the one place long work checks.
     *
     * @throws CancelledException when the user asked to stop
     */
    default void checkpoint(long done, long total, String cancelled) {
        update(done, total);
        if (cancelled()) {
            throw new CancelledException(cancelled);
        }
    }

    /**
     * Whether anyone follows the progress. Work done only to report it, such as counting an
     * export's registrations first, is left out when no one does ({@link #NONE}).
     */
    default boolean followed() {
        return true;
    }
}
