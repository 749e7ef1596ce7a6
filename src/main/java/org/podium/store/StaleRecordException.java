package org.podium.store;

import org.podium.domain.Stamp;

/**
 * A save made against a version of a record that is no longer the stored one: someone else
 * saved it since it was read. It carries the stored record's stamp (its version, who, when).
 */
public final class StaleRecordException extends StoreException {
    private final transient Stamp stored;

    public StaleRecordException(String table, long id, long expected, Stamp stored) {
        super("The " + table.replace('_', ' ') + " " + id + " was changed by "
                + (stored.changedBy().isEmpty() ? "someone else" : stored.changedBy())
                + (stored.changedAt() == null ? "" : " at " + stored.changedAt())
                + " (version " + stored.version() + ", not " + expected + ").");
        this.stored = stored;
    }

    /** The stamp of the record as it is stored now. */
    public Stamp stored() {
        return stored;
    }
}
