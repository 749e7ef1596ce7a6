package org.podium.service.privacy;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.podium.domain.Emails;
import org.podium.store.Stores;

/**
 * The addresses erased on request, read once before a piece of work adds people or
 * registrants, so that each row is tested in memory instead of by a query: the suppression
 * list's erased entries, and the erasure log beside the book, which survives a restore and
 * holds only salted digests. Read it with {@link #in(Stores)}. It is small (one entry per
 * erasure) and meant for one thread at a time, as an import's reading thread.
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

    /**
     * The addresses erased on request in the book of {@code stores}, read now: its suppression
     * list's erased entries and the erasure log beside a laptop book's file.
     */
    public static ErasedAddresses in(Stores stores) {
        return new ErasedAddresses(Set.copyOf(stores.suppressions().withReason(PrivacyService.ERASED_REASON)),
                stores.db().file().map(ErasureLog::new).map(ErasureLog::snapshot).orElse(ErasureLog.Snapshot.NONE));
    }

    /** The addresses among {@code candidates} that were erased, normalised. */
    public Set<String> among(Collection<String> candidates) {
        return candidates.stream().map(Emails::normalise).filter(this::containsKey).collect(Collectors.toSet());
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
