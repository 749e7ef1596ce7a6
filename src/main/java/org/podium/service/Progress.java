package org.podium.service;

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
    };

    void update(long done, long total);

    boolean cancelled();
}
