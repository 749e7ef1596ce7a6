package org.podium.domain;

import java.time.Instant;
import java.util.Objects;

/** An address that must never be mailed again: it unsubscribed or asked to be erased. */
public record Suppression(String email, String reason, Instant since) {
    public Suppression {
        email = Emails.normalise(Text.required(email, "email"));
        reason = Text.clean(reason);
        Objects.requireNonNull(since, "since");
    }
}
