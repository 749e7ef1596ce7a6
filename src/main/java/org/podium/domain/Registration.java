package org.podium.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** One person's registration for one event, keyed by their normalised email. */
public record Registration(long id, long eventId, String email, String firstName, String lastName,
                           String organisation, String jobTitle, String city, String country,
                           String language, Instant registeredAt, RegistrationSource source,
                           RegistrationStatus status, int minutesAttended, boolean consent,
                           Instant consentAt, String consentSource,
                           Map<String, String> customAnswers, String notes) implements ContactFields {
    public Registration {
        email = Text.required(email, "email");
        firstName = Text.clean(firstName);
        lastName = Text.clean(lastName);
        organisation = Text.clean(organisation);
        jobTitle = Text.clean(jobTitle);
        city = Text.clean(city);
        country = Text.clean(country);
        language = Text.clean(language);
        source = source == null ? RegistrationSource.MANUAL : source;
        status = status == null ? RegistrationStatus.REGISTERED : status;
        if (minutesAttended < 0) {
            throw new InvalidFieldException("minutesAttended", "invalid.minutesAttended");
        }
        consentSource = Text.clean(consentSource);
        customAnswers = customAnswers == null ? Map.of() : Map.copyOf(customAnswers);
        notes = Text.clean(notes);
    }

    /** The key that makes this registration unique within its event. */
    public String emailKey() {
        return Emails.normalise(email);
    }

    public static Registration of(long eventId, String email, String firstName, String lastName,
                                  Instant registeredAt) {
        Objects.requireNonNull(registeredAt, "registeredAt");
        return new Registration(0, eventId, email, firstName, lastName, "", "", "", "", "",
                registeredAt, RegistrationSource.MANUAL, RegistrationStatus.REGISTERED, 0, false,
                null, "", Map.of(), "");
    }
}
