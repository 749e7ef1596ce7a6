package org.podium.domain;

import java.time.Instant;

/**
 * Which save of a stored record this is: its version, raised by one at each save, and who
 * saved it and when. A save made against a version that is no longer the stored one is
 * refused (an optimistic lock), so no coordinator overwrites another's change unseen.
 * Records saved before versions were kept have no author ({@code ""}) and no time ({@code null}).
 */
public record Stamp(long version, String changedBy, Instant changedAt) {
    public Stamp {
        changedBy = changedBy == null ? "" : changedBy;
    }
}
