package org.podium.exchange.csv;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.podium.domain.RegistrantField;
import org.podium.domain.ReportFormat;

/**
 * Which field a column heading names, in English or Italian and as the platforms spell it.
 * Headings are compared normalised: case, spaces, underscores, hyphens, accents, stars and
 * colons ignored, so "E-mail", "e_mail *" and "EMAIL" all name the email.
 */
final class HeaderNames {
    private static final Map<String, RegistrantField> COMMON = new HashMap<>();
    private static final Map<ReportFormat, Map<String, RegistrantField>> BY_FORMAT = new HashMap<>();
    /** Fields that can take only one column; a second column with the same heading is kept as an answer. */
    private static final Set<RegistrantField> REPEATABLE = EnumSet.of(RegistrantField.CUSTOM, RegistrantField.IGNORE);

    static {
        alias(COMMON, RegistrantField.EMAIL, "email", "e-mail", "email address", "e-mail address", "indirizzo email",
                "indirizzo e-mail", "posta elettronica", "mail", "user email", "attendee email", "participant email");
        alias(COMMON, RegistrantField.FIRST_NAME, "first name", "given name", "nome", "forename", "first");
        alias(COMMON, RegistrantField.LAST_NAME, "last name", "surname", "family name", "cognome", "last");
        alias(COMMON, RegistrantField.FULL_NAME, "name", "full name", "nome e cognome", "nome completo",
                "nome cognome", "display name", "participant name", "attendee name", "name (original name)",
                "user name (original name)");
        alias(COMMON, RegistrantField.ORGANISATION, "organisation", "organization", "company", "institution",
                "affiliation", "ente", "organizzazione", "azienda", "istituzione", "employer", "company name",
                "organisation name", "organization name");
        alias(COMMON, RegistrantField.JOB_TITLE, "job title", "position", "ruolo", "posizione", "qualifica",
                "occupation", "professione");
        alias(COMMON, RegistrantField.CITY, "city", "città", "comune", "town", "home city", "work city");
        alias(COMMON, RegistrantField.COUNTRY, "country", "country/region", "country/region name", "paese",
                "nazione", "country name", "home country", "work country");
        alias(COMMON, RegistrantField.LANGUAGE, "language", "lingua", "preferred language", "lingua preferita");
        alias(COMMON, RegistrantField.REGISTERED_AT, "registration time", "registered at", "data di registrazione",
                "registration date", "data registrazione", "data iscrizione", "date registered", "timestamp",
                "informazioni cronologiche", "submitted at", "created at", "order date");
        alias(COMMON, RegistrantField.CONSENT, "consent", "marketing consent", "newsletter", "consenso",
                "consenso marketing", "consenso newsletter", "marketing opt-in", "opt-in", "email opt-in");
        alias(COMMON, RegistrantField.STATUS, "status", "attendee status", "approval status", "registration status",
                "stato iscrizione");
        alias(COMMON, RegistrantField.NOTES, "notes", "note");
        alias(COMMON, RegistrantField.ATTENDED, "attended", "presente", "partecipato", "checked in");
        alias(COMMON, RegistrantField.DURATION, "time in session (minutes)", "duration (minutes)", "minutes",
                "minutes attended", "in-meeting duration", "attendance duration", "minuti", "durata");
        alias(COMMON, RegistrantField.JOIN_TIME, "join time", "first join", "joined");
        alias(COMMON, RegistrantField.IGNORE, "leave time", "last leave", "participant id (upn)", "is guest", "guest",
                "recording consent", "in waiting room", "order #", "attendee #", "quantity", "ticket type",
                "order type", "currency", "total paid", "fees paid", "eventbrite fees",
                "eventbrite payment processing", "buyer first name", "buyer last name", "buyer email", "barcode #");

        Map<String, RegistrantField> teams = new HashMap<>();
        alias(teams, RegistrantField.DURATION, "duration");
        alias(teams, RegistrantField.ROLE, "role");
        BY_FORMAT.put(ReportFormat.TEAMS_ATTENDANCE, teams);
    }

    private HeaderNames() {
    }

    private static void alias(Map<String, RegistrantField> table, RegistrantField field, String... names) {
        for (String name : names) {
            table.put(normalise(name), field);
        }
    }

    /** The heading with case, accents, spaces, underscores, hyphens, stars and colons removed. */
    static String normalise(String heading) {
        String decomposed = Normalizer.normalize(heading, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.isWhitespace(c)
                    || Character.isSpaceChar(c) || c == '_' || c == '-' || c == '*' || c == ':' || c == '\uFEFF') {
                continue;
            }
            key.append(c);
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** The field a heading names in a file of that format; an unknown heading is kept as an answer. */
    static RegistrantField fieldFor(String heading, ReportFormat format) {
        String key = normalise(heading);
        if (key.isEmpty()) {
            return RegistrantField.CUSTOM;
        }
        RegistrantField specific = BY_FORMAT.getOrDefault(format, Map.of()).get(key);
        if (specific != null) {
            return specific;
        }
        return COMMON.getOrDefault(key, RegistrantField.CUSTOM);
    }

    /**
     * The mapping of a whole header: when two columns name one field, the first takes it. A
     * Podium full export's header maps to the fields it was written from.
     */
    static List<RegistrantField> mapping(List<String> header, ReportFormat format) {
        if (format == ReportFormat.FULL && FullProfile.isFullHeader(header)) {
            return FullProfile.MAPPING;
        }
        List<RegistrantField> fields = new ArrayList<>(header.size());
        Set<RegistrantField> taken = EnumSet.noneOf(RegistrantField.class);
        for (String heading : header) {
            RegistrantField field = fieldFor(heading, format);
            if (!REPEATABLE.contains(field) && !taken.add(field)) {
                field = RegistrantField.CUSTOM;
            }
            fields.add(field);
        }
        return fields;
    }
}
