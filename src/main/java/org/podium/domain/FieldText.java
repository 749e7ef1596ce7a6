package org.podium.domain;

import java.nio.charset.StandardCharsets;

/**
 * A registration's fields as the UTF-8 of one agreed text each, so that a large export can copy
 * a field to its file from the bytes a book holds, and the same text can be made from a
 * {@link Registration} for every other row: the text fields as the registration holds them,
 * instants as {@link java.time.Instant#toString()} writes them (empty for none), source and
 * status by name, minutes in decimal digits, consent {@code true} or {@code false}, and custom
 * answers {@code {}} when there are none. {@link #of} is that text; whoever implements
 * {@link #field} gives exactly its bytes, or null where it has no such bytes at hand.
 */
public interface FieldText {
    /** The answers' text when there are none: the only answers a field gives as text. */
    String NO_ANSWERS = "{}";

    /**
     * The field's text as {@link #of} gives it, as UTF-8 valid until the next row; null when the
     * text is not had this way (answers there are), so the caller reads the whole registration.
     */
    Utf8Text field(RegistrantField field);

    /** The agreed text of {@code field} of a registration; a contact book's row has only its contact fields. */
    static String of(ContactFields r, RegistrantField field) {
        return switch (field) {
            case EMAIL -> r.email();
            case FIRST_NAME -> r.firstName();
            case LAST_NAME -> r.lastName();
            case ORGANISATION -> r.organisation();
            case JOB_TITLE -> r.jobTitle();
            case CITY -> r.city();
            case COUNTRY -> r.country();
            default -> whole(r, field);
        };
    }

    /** Whether a contact book's row ({@link ContactFields}) has the field. */
    static boolean isContact(RegistrantField field) {
        return switch (field) {
            case EMAIL, FIRST_NAME, LAST_NAME, ORGANISATION, JOB_TITLE, CITY, COUNTRY -> true;
            default -> false;
        };
    }

    /** {@link #of} as UTF-8; null when it is null. */
    static Utf8Text utf8(ContactFields r, RegistrantField field) {
        String text = of(r, field);
        if (text == null) {
            return null;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Utf8Text(bytes, 0, bytes.length);
    }

    private static String whole(ContactFields contact, RegistrantField field) {
        if (!(contact instanceof Registration r)) {
            throw new IllegalArgumentException(field + " is not a contact field");
        }
        return switch (field) {
            case LANGUAGE -> r.language();
            case REGISTERED_AT -> r.registeredAt() == null ? "" : r.registeredAt().toString();
            case SOURCE -> r.source().name();
            case STATUS -> r.status().name();
            case DURATION -> Integer.toString(r.minutesAttended());
            case CONSENT -> Boolean.toString(r.consent());
            case CONSENT_AT -> r.consentAt() == null ? "" : r.consentAt().toString();
            case CONSENT_SOURCE -> r.consentSource();
            case ANSWERS -> r.customAnswers().isEmpty() ? NO_ANSWERS : null;
            case NOTES -> r.notes();
            default -> throw new IllegalArgumentException(field + " is not a field of a registration");
        };
    }
}
