package org.podium.service.export;

/** The user stopped an export; nothing was written. */
public final class ExportCancelledException extends RuntimeException {
    public ExportCancelledException() {
        super("The export was cancelled; no file was written.");
    }
}
