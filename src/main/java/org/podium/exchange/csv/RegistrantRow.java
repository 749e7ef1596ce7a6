package org.podium.exchange.csv;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.podium.domain.RegistrationStatus;

/**
 * One row of a registrant or attendance file as read, before Podium decides what to do with
 * it. Text is trimmed and never null; a value the file does not give is null where it has a
 * type (a time, a yes/no, a status) so "not given" and "no" stay apart.
 */
public record RegistrantRow(String email, String firstName, String lastName, String organisation,
                            String jobTitle, String city, String country, String language,
                            Instant registeredAt, Boolean consent, RegistrationStatus status,
                            Boolean attended, Duration timeInSession, Instant joinedAt, String role,
                            String notes, Map<String, String> customAnswers) {
    public RegistrantRow {
        customAnswers = Map.copyOf(customAnswers);
    }
}
