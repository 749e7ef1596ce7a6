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
     * Whether anyone follows the progress. Work done only to report it, such as counting an
     * export's registrations first, is left out when no one does ({@link #NONE}).
     */
    default boolean followed() {
        return true;
    }
}
