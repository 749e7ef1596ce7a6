package org.podium.service.importing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.ReportFormat;
import org.podium.exchange.csv.RegistrantRow;
import org.podium.store.RegistrationWriter.Incoming;

/**
 * How a row of a file becomes a registration: the rules an import and its preview share, so
 * the preview shows exactly what the import stores.
 */
final class RegistrationFromRow {
    private RegistrationFromRow() {
    }

    /**
     * The registration a row makes in a new registrant. Without a registration time the join
     * time stands in, else {@code now}; without a status it is REGISTERED until the capacity
     * rule has been applied. A consent answer, yes or no, is recorded as given at the
     * registration time, in the file it came from ({@code consentSource}, from
     * {@link #consentSource}: one text for every row of a file); no answer records neither.
     */
    static Incoming incoming(long line, RegistrantRow row, long eventId, ReportFormat format, String consentSource,
                             Instant now) {
        if (row.archived() != null) {
            return restored(line, row, eventId, format, now);
        }
        Instant registeredAt = row.registeredAt() != null ? row.registeredAt()
                : row.joinedAt() != null ? row.joinedAt() : now;
        boolean consent = Boolean.TRUE.equals(row.consent());
        RegistrationStatus status = row.status() == null ? RegistrationStatus.REGISTERED : row.status();
        Registration registration = new Registration(0, eventId, row.email(), row.firstName(), row.lastName(),
                row.organisation(), row.jobTitle(), row.city(), row.country(), row.language(), registeredAt,
                format.source(), status, 0, consent, row.consent() == null ? null : registeredAt,
                row.consent() == null ? "" : consentSource, row.customAnswers(), row.notes());
        return new Incoming(line, registration, row.status() != null, row.registeredAt() != null, row.consent() != null);
    }

    /** Where a consent read from a file was given: the file's format and name. */
    static String consentSource(ReportFormat format, String fileName) {
        return format.description() + " " + fileName;
    }

    /**
     * The registration a row of a Podium full export restores: every field as the file gives
     * it, the consent's time and source included. Only a blank registration time, status or
     * source falls back, as for any file, to {@code now}, REGISTERED and the format's source.
     */
    private static Incoming restored(long line, RegistrantRow row, long eventId, ReportFormat format, Instant now) {
        RegistrantRow.Archived archived = row.archived();
        Registration registration = new Registration(0, eventId, row.email(), row.firstName(), row.lastName(),
                row.organisation(), row.jobTitle(), row.city(), row.country(), row.language(),
                row.registeredAt() != null ? row.registeredAt() : now,
                archived.source() != null ? archived.source() : format.source(),
                row.status() == null ? RegistrationStatus.REGISTERED : row.status(), archived.minutesAttended(),
                Boolean.TRUE.equals(row.consent()), archived.consentAt(), archived.consentSource(), row.customAnswers(),
                row.notes());
        return Incoming.whole(line, registration);
    }

    /**
     * A stored registration given a row's values, as an update stores it: given text and given
     * typed values replace, empty text keeps, custom answers merge; a whole registrant from a
     * Podium full export replaces every field. The same rules as
     * {@link org.podium.store.RegistrationWriter}'s update.
     */
    static Registration merged(Registration stored, Incoming incoming) {
        Registration r = incoming.registration();
        if (incoming.whole()) {
            return new Registration(stored.id(), stored.eventId(), r.email(), r.firstName(), r.lastName(),
                    r.organisation(), r.jobTitle(), r.city(), r.country(), r.language(), r.registeredAt(), r.source(),
                    r.status(), r.minutesAttended(), r.consent(), r.consentAt(), r.consentSource(), r.customAnswers(),
                    r.notes());
        }
        boolean consentChanges = incoming.consentGiven() && r.consent() != stored.consent();
        Map<String, String> answers = new LinkedHashMap<>(stored.customAnswers());
        answers.putAll(r.customAnswers());
        return new Registration(stored.id(), stored.eventId(), stored.email(), or(r.firstName(), stored.firstName()),
                or(r.lastName(), stored.lastName()), or(r.organisation(), stored.organisation()),
                or(r.jobTitle(), stored.jobTitle()), or(r.city(), stored.city()), or(r.country(), stored.country()),
                or(r.language(), stored.language()),
                incoming.registeredAtGiven() ? r.registeredAt() : stored.registeredAt(), stored.source(),
                incoming.statusGiven() ? r.status() : stored.status(), stored.minutesAttended(),
                incoming.consentGiven() ? r.consent() : stored.consent(),
                consentChanges ? r.consentAt() : stored.consentAt(),
                consentChanges ? r.consentSource() : stored.consentSource(), answers, or(r.notes(), stored.notes()));
    }

    private static String or(String given, String stored) {
        return given.isEmpty() ? stored : given;
    }

    /** The registration with another status, as the capacity rule may give it. */
    static Registration withStatus(Registration r, RegistrationStatus status) {
        return new Registration(r.id(), r.eventId(), r.email(), r.firstName(), r.lastName(), r.organisation(),
                r.jobTitle(), r.city(), r.country(), r.language(), r.registeredAt(), r.source(), status,
                r.minutesAttended(), r.consent(), r.consentAt(), r.consentSource(), r.customAnswers(), r.notes());
    }
}
