package org.podium.exchange.csv;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.podium.domain.ContactFields;
import org.podium.domain.ExportDestination;
import org.podium.domain.Registration;

/**
 * The file layout one destination expects, as data: delimiter, byte-order mark, line ending,
 * and the columns with how a registrant fills each. Tags (Mailchimp), categories (Outlook)
 * and labels (Google) name the events a registrant is exported for.
 */
public final class ExportProfile {
    /** The longest tag Mailchimp accepts; longer event titles are shortened to fit. */
    static final int MAX_TAG_LENGTH = 100;

    /** One column: its header and how a registrant with its event tags fills it. */
    public record Column(String header, BiFunction<ContactFields, List<String>, String> value) {
    }

    /**
     * The cells that follow the address, first and last name in a layout that starts with those
     * three and fills the rest from the tags alone, as {@link #render} fills them, and how many
     * of them it neutralised.
     */
    public record AfterNames(List<String> cells, int neutralised) {
        public AfterNames {
            cells = List.copyOf(cells);
        }
    }

    private final ExportDestination destination;
    private final char delimiter;
    private final boolean bom;
    private final String lineEnd;
    private final List<Column> columns;

    private ExportProfile(ExportDestination destination, char delimiter, boolean bom, String lineEnd,
                          List<Column> columns) {
        this.destination = destination;
        this.delimiter = delimiter;
        this.bom = bom;
        this.lineEnd = lineEnd;
        this.columns = List.copyOf(columns);
    }

    /** The layout for a destination. */
    public static ExportProfile of(ExportDestination destination) {
        return switch (destination) {
            case MAILCHIMP -> new ExportProfile(destination, ',', false, "\r\n", List.of(
                    column("Email Address", (r, t) -> r.email()),
                    column("First Name", (r, t) -> r.firstName()),
                    column("Last Name", (r, t) -> r.lastName()),
                    column("Tags", (r, t) -> String.join(",", t))));
            case BREVO -> new ExportProfile(destination, ';', false, "\r\n", List.of(
                    column("EMAIL", (r, t) -> r.email()),
                    column("FIRSTNAME", (r, t) -> r.firstName()),
                    column("LASTNAME", (r, t) -> r.lastName())));
            case OUTLOOK -> new ExportProfile(destination, ',', false, "\r\n", List.of(
                    column("First Name", (r, t) -> r.firstName()),
                    column("Last Name", (r, t) -> r.lastName()),
                    column("E-mail Address", (r, t) -> r.email()),
                    column("Company", (r, t) -> r.organisation()),
                    column("Job Title", (r, t) -> r.jobTitle()),
                    column("Business City", (r, t) -> r.city()),
                    column("Business Country/Region", (r, t) -> countryName(r.country())),
                    column("Categories", (r, t) -> String.join(";", t))));
            case GOOGLE -> new ExportProfile(destination, ',', false, "\r\n", List.of(
                    column("First Name", (r, t) -> r.firstName()),
                    column("Last Name", (r, t) -> r.lastName()),
                    column("Labels", (r, t) -> String.join(" ::: ", t)),
                    column("E-mail 1 - Label", (r, t) -> "Work"),
                    column("E-mail 1 - Value", (r, t) -> r.email()),
                    column("Organization Name", (r, t) -> r.organisation()),
                    column("Organization Title", (r, t) -> r.jobTitle()),
                    column("Address 1 - City", (r, t) -> r.city()),
                    column("Address 1 - Country", (r, t) -> countryName(r.country()))));
            case EXCEL -> new ExportProfile(destination, ';', true, "\r\n", List.of(
                    whole("Email", (r, t) -> r.email()),
                    whole("First name", (r, t) -> r.firstName()),
                    whole("Last name", (r, t) -> r.lastName()),
                    whole("Organisation", (r, t) -> r.organisation()),
                    whole("Job title", (r, t) -> r.jobTitle()),
                    whole("City", (r, t) -> r.city()),
                    whole("Country", (r, t) -> r.country()),
                    whole("Language", (r, t) -> r.language()),
                    whole("Registered at", (r, t) -> instant(r.registeredAt())),
                    whole("Source", (r, t) -> spelled(r.source())),
                    whole("Status", (r, t) -> spelled(r.status())),
                    whole("Minutes attended", (r, t) -> Integer.toString(r.minutesAttended())),
                    whole("Consent", (r, t) -> r.consent() ? "yes" : "no"),
                    whole("Consent at", (r, t) -> instant(r.consentAt())),
                    whole("Consent source", (r, t) -> r.consentSource()),
                    whole("Custom answers", (r, t) -> answersAsText(r.customAnswers())),
                    whole("Notes", (r, t) -> r.notes()),
                    whole("Events", (r, t) -> String.join("; ", t))));
            case FULL -> new ExportProfile(destination, ',', false, "\r\n", fullColumns());
        };
    }

    private static List<Column> fullColumns() {
        List<BiFunction<Registration, List<String>, String>> values = List.of(
                (r, t) -> r.email(), (r, t) -> r.firstName(), (r, t) -> r.lastName(), (r, t) -> r.organisation(),
                (r, t) -> r.jobTitle(), (r, t) -> r.city(), (r, t) -> r.country(), (r, t) -> r.language(),
                (r, t) -> instant(r.registeredAt()), (r, t) -> r.source().name(), (r, t) -> r.status().name(),
                (r, t) -> Integer.toString(r.minutesAttended()), (r, t) -> Boolean.toString(r.consent()),
                (r, t) -> instant(r.consentAt()), (r, t) -> r.consentSource(), (r, t) -> answersAsJson(r.customAnswers()),
                (r, t) -> r.notes(), (r, t) -> String.join("; ", t));
        List<String> header = FullProfile.HEADER;
        return java.util.stream.IntStream.range(0, header.size())
                .mapToObj(i -> whole(header.get(i), values.get(i))).toList();
    }

    private static Column column(String header, BiFunction<ContactFields, List<String>, String> value) {
        return new Column(header, value);
    }

    /** A column of a layout that {@link #needsEveryField}: it is filled from a whole registration. */
    private static Column whole(String header, BiFunction<Registration, List<String>, String> value) {
        return new Column(header, (r, t) -> value.apply((Registration) r, t));
    }

    public ExportDestination destination() {
        return destination;
    }

    public char delimiter() {
        return delimiter;
    }

    /** Whether the file starts with a UTF-8 byte-order mark (for spreadsheets that need it). */
    public boolean bom() {
        return bom;
    }

    public String lineEnd() {
        return lineEnd;
    }

    public List<String> header() {
        return columns.stream().map(Column::header).toList();
    }

    public int width() {
        return columns.size();
    }

    /** Whether the layout shows no more than the address and the first and last name (and tags). */
    public boolean usesOnlyNames() {
        return destination == ExportDestination.MAILCHIMP || destination == ExportDestination.BREVO;
    }

    /**
     * Whether the layout shows fields beyond names, organisation, job title, city and country,
     * so the export must read every stored field.
     */
    public boolean needsEveryField() {
        return destination == ExportDestination.EXCEL || destination == ExportDestination.FULL;
    }

    /**
     * For a layout whose first three columns are the address, first and last name and whose
     * others depend only on the tags (Mailchimp, Brevo), the other cells of a row with these
     * tags, so a large export can write the names straight from the bytes SQLite holds. Empty
     * for the other layouts. The first three columns are checked, not assumed: a layout changed
     * to another order quietly takes the general path.
     */
    public Optional<AfterNames> afterNames(List<String> tags) {
        if (!usesOnlyNames()) {
            return Optional.empty();
        }
        String[] cells = new String[width()];
        // The probe's names are not dangerous, so what render counts is the other cells'.
        int neutralised = render(Registration.of(0, "address@probe", "first", "last", java.time.Instant.EPOCH),
                tags, cells);
        if (!cells[0].equals("address@probe") || !cells[1].equals("first") || !cells[2].equals("last")) {
            return Optional.empty();
        }
        return Optional.of(new AfterNames(Arrays.asList(cells).subList(3, cells.length), neutralised));
    }

    /**
     * Fills {@code cells} with the row as it will be written, formulas neutralised, and returns
     * how many cells were neutralised. A layout that {@link #needsEveryField} takes a whole
     * {@link Registration}; the others take the contact fields alone.
     */
    public int render(ContactFields registration, List<String> tags, String[] cells) {
        if (needsEveryField() && !(registration instanceof Registration)) {
            throw new IllegalArgumentException(destination + " is filled from whole registrations");
        }
        int neutralised = 0;
        boolean full = destination == ExportDestination.FULL;
        for (int i = 0; i < columns.size(); i++) {
            String value = columns.get(i).value().apply(registration, tags);
            if (FormulaGuard.isDangerous(value)) {
                neutralised++;
            }
            cells[i] = full ? FullProfile.encodeCell(value) : FormulaGuard.neutralise(value);
        }
        return neutralised;
    }

    /**
     * The tag that names an event in every profile: "Title (2026-05-28)". Commas, semicolons,
     * pipes and "::" become spaces, because the tools split tag lists on them, and the title is
     * shortened so the tag stays within what Mailchimp accepts.
     */
    public static String tag(String title, LocalDate date) {
        String suffix = " (" + date + ")";
        String cleaned = title.replaceAll("::+|[,;|\\p{Cntrl}]+", " ").strip().replaceAll("\\s+", " ");
        int room = MAX_TAG_LENGTH - suffix.length();
        if (cleaned.length() > room) {
            cleaned = cleaned.substring(0, room - 1).strip() + "…";
        }
        return cleaned + suffix;
    }

    /** "Italy" for "IT", as contact books expect a country name; anything else as it is. */
    static String countryName(String code) {
        if (code.length() != 2 || !code.chars().allMatch(Character::isLetter)) {
            return code;
        }
        String name = new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(code) ? code : name;
    }

    private static String instant(Instant value) {
        return value == null ? "" : value.toString();
    }

    /** "no-show" for NO_SHOW, as the command line spells statuses. */
    private static String spelled(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String answersAsText(Map<String, String> answers) {
        return new TreeMap<>(answers).entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }

    private static String answersAsJson(Map<String, String> answers) {
        try {
            return Json.MAPPER.writeValueAsString(new TreeMap<>(answers));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("custom answers cannot be written as JSON", e);
        }
    }

    /** Jackson takes a while to load, and only the Full profile needs it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
