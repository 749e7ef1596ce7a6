package org.podium.service;

/** The user stopped an export; nothing was written. */
public final class ExportCancelledException extends RuntimeException {
    public ExportCancelledException() {
        super("The export was cancelled; no file was written.");
    }
}
