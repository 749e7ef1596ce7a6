package org.podium.service.privacy;

/**
 * An address erased on request was given to a form or command that adds or changes a person or
 * a registrant: the book promised not to bring it back, so the work is refused.
 */
public final class ErasedAddressException extends RuntimeException {
    private final String email;

    public ErasedAddressException(String email) {
        super(email + " was erased from this book on request and cannot be added again.");
        this.email = email;
    }

    /** The address as it was given. */
    public String email() {
        return email;
    }
}
