package org.podium.domain;

/** A stored record with the {@link Stamp} it was read at, which a later save is made against. */
public record Versioned<T>(T value, Stamp stamp) {
    public long version() {
        return stamp.version();
    }
}
