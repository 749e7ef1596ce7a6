package org.podium.service.privacy;

import java.util.Set;
import org.podium.domain.Emails;

/**
 * The addresses erased on request, read once before a piece of work adds people or
 * registrants, so that each row is tested in memory instead of by a query: the suppression
 * list's erased entries, and the erasure log beside the book, which survives a restore and
 * holds only salted digests. Obtain it from {@link PrivacyService#erased()}. It is small (one
 * entry per erasure) and meant for one thread at a time, as an import's reading thread.
 */
public final class ErasedAddresses {
    /** Nothing erased. */
    static final ErasedAddresses NONE = new ErasedAddresses(Set.of(), null);

    private final Set<String> keys;
    private final ErasureLog.Snapshot log;

    ErasedAddresses(Set<String> keys, ErasureLog.Snapshot log) {
        this.keys = Set.copyOf(keys);
        this.log = log == null || log.isEmpty() ? null : log;
    }

    /** Whether the address, as typed or read (it is normalised here), was erased on request. */
    public boolean isErased(String email) {
        return containsKey(Emails.normalise(email));
    }

    /** The same for an address already normalised, as an import's rows carry it. */
    public boolean containsKey(String key) {
        if (key.isEmpty()) {
            return false;
        }
        return keys.contains(key) || log != null && log.contains(key);
    }

    /** Whether nothing was ever erased, so no row needs testing. */
    boolean isEmpty() {
        return keys.isEmpty() && log == null;
    }
}
