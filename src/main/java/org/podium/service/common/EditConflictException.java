package org.podium.service.common;

import java.util.Optional;
import java.util.function.Supplier;
import org.podium.domain.Stamp;
import org.podium.domain.Versioned;
import org.podium.store.StaleRecordException;

/**
 * A save refused because someone else saved the record since it was opened (an optimistic
 * lock): it carries the record as stored now, their values, with who saved it and when, so
 * the form can show what they changed and the save can be made again against their version.
 */
public final class EditConflictException extends RuntimeException {
    private final transient Versioned<?> theirs;

    public EditConflictException(String message, Versioned<?> theirs) {
        super(message);
        this.theirs = theirs;
    }

    /**
     * Runs a save made against an expected version; when the store finds the version moved,
     * raises the conflict with the record as {@code stored} reads it now (in the same transaction).
     */
    public static <T> T guard(Supplier<T> save, Supplier<Optional<? extends Versioned<?>>> stored) {
        try {
            return save.get();
        } catch (StaleRecordException e) {
            throw new EditConflictException(e.getMessage(), stored.get().orElseThrow(() -> e));
        }
    }

    /** The record as stored now, with its stamp. */
    public Versioned<?> theirs() {
        return theirs;
    }

    /** The record as stored now, as the type the caller saved. */
    @SuppressWarnings("unchecked")
    public <T> Versioned<T> theirs(Class<T> type) {
        if (!type.isInstance(theirs.value())) {
            throw new IllegalArgumentException("the conflict is about a " + theirs.value().getClass().getSimpleName());
        }
        return (Versioned<T>) theirs;
    }

    /** Who saved the record last and when, and its version now. */
    public Stamp stamp() {
        return theirs.stamp();
    }
}
