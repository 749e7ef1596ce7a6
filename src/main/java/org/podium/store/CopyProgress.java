package org.podium.store;

/** Where a whole-book copy or restore reports how far it has gone: bytes done of an expected total. */
@FunctionalInterface
public interface CopyProgress {
    CopyProgress NONE = (done, total) -> {
    };

    void update(long done, long total);
}
