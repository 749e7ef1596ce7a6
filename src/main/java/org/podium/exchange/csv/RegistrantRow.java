package org.podium.exchange.csv;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;

/**
 * One row of a registrant or attendance file as read, before Podium decides what to do with
 * it. Text is trimmed and never null; a value the file does not give is null where it has a
 * type (a time, a yes/no, a status) so "not given" and "no" stay apart. {@code archived} holds
 * what only a Podium full export carries, and is null for every other file.
 */
public record RegistrantRow(String email, String firstName, String lastName, String organisation,
                            String jobTitle, String city, String country, String language,
                            Instant registeredAt, Boolean consent, RegistrationStatus status,
                            Boolean attended, Duration timeInSession, Instant joinedAt, String role,
                            String notes, Map<String, String> customAnswers, Archived archived) {
    public RegistrantRow {
        customAnswers = Map.copyOf(customAnswers);
    }

    /**
     * The stored fields a Full file gives besides the common ones, to be restored as written:
     * the source (null when the cell is blank), the minutes attended, and the consent's time
     * (null when none) and source.
     */
    public record Archived(RegistrationSource source, int minutesAttended, Instant consentAt, String consentSource) {
    }
}
