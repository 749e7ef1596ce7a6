package org.podium.service.common;

/** Long work the user cancelled; everything it had written was rolled back. */
public final class CancelledException extends RuntimeException {
    public CancelledException(String message) {
        super(message);
    }
}
