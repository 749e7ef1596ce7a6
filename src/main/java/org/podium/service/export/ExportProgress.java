package org.podium.service.export;

import org.podium.service.common.Progress;

/**
 * How far an export has gone over its events' registrations, qualifying or not, reported to
 * the user's {@link Progress}; stops the export when the user cancels.
 */
final class ExportProgress {
    private final Progress progress;
    private long registrations;

    ExportProgress(Progress progress) {
        this.progress = progress;
    }

    /** How many registrations the export goes over, before the first. */
    void start(long total) {
        registrations = total;
        progress.update(0, total);
    }

    /**
     * How many it has gone over so far.
     *
     * @throws ExportCancelledException when the user asked to stop
     */
    void reached(long done) {
        progress.update(done, registrations);
        if (progress.cancelled()) {
            throw new ExportCancelledException();
        }
    }

    /** Every registration has been gone over. */
    void finished() {
        progress.update(registrations, registrations);
    }
}
