package org.podium.domain;

import java.util.Optional;

/**
 * A failure that knows its reason as a phrase, so the window can say it in its own language
 * while the message (for the command line and logs) stays the English sentence.
 */
public interface Phrased {
    /** The reason as a phrase; empty when only the English message is known. */
    Optional<Phrase> phrase();
}
