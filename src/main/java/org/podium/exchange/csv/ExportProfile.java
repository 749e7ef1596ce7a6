package org.podium.exchange.csv;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.podium.domain.ContactFields;
import org.podium.domain.ExportDestination;
import org.podium.domain.FieldText;
import org.podium.domain.RegistrantField;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;

import static org.podium.domain.RegistrantField.ANSWERS;
import static org.podium.domain.RegistrantField.CITY;
import static org.podium.domain.RegistrantField.CONSENT;
import static org.podium.domain.RegistrantField.CONSENT_AT;
import static org.podium.domain.RegistrantField.CONSENT_SOURCE;
import static org.podium.domain.RegistrantField.COUNTRY;
import static org.podium.domain.RegistrantField.DURATION;
import static org.podium.domain.RegistrantField.EMAIL;
import static org.podium.domain.RegistrantField.FIRST_NAME;
import static org.podium.domain.RegistrantField.JOB_TITLE;
import static org.podium.domain.RegistrantField.LANGUAGE;
import static org.podium.domain.RegistrantField.LAST_NAME;
import static org.podium.domain.RegistrantField.NOTES;
import static org.podium.domain.RegistrantField.ORGANISATION;
import static org.podium.domain.RegistrantField.REGISTERED_AT;
import static org.podium.domain.RegistrantField.SOURCE;
import static org.podium.domain.RegistrantField.STATUS;

/**
 * The file layout one destination expects, as data: delimiter, byte-order mark, line ending,
 * and the columns with how a registrant fills each. Tags (Mailchimp), categories (Outlook)
 * and labels (Google) name the events a registrant is exported for.
 */
public final class ExportProfile {
    /** The longest tag Mailchimp accepts; longer event titles are shortened to fit. */
    static final int MAX_TAG_LENGTH = 100;

    /**
     * One column: its header and how a registrant with its event tags fills it; and, for
     * {@link FieldCells}, the field whose agreed text ({@link FieldText#of}) it shows, made into
     * the cell by {@code derive} (null: as it is), or no field for a column of the tags alone.
     */
    public record Column(String header, BiFunction<ContactFields, List<String>, String> value, RegistrantField field,
                         UnaryOperator<String> derive) {
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
                    text("Email Address", EMAIL), text("First Name", FIRST_NAME), text("Last Name", LAST_NAME),
                    tags("Tags", t -> String.join(",", t))));
            case BREVO -> new ExportProfile(destination, ';', false, "\r\n", List.of(
                    text("EMAIL", EMAIL), text("FIRSTNAME", FIRST_NAME), text("LASTNAME", LAST_NAME)));
            case OUTLOOK -> new ExportProfile(destination, ',', false, "\r\n", List.of(
                    text("First Name", FIRST_NAME), text("Last Name", LAST_NAME), text("E-mail Address", EMAIL),
                    text("Company", ORGANISATION), text("Job Title", JOB_TITLE), text("Business City", CITY),
                    derived("Business Country/Region", COUNTRY, ExportProfile::countryName),
                    tags("Categories", t -> String.join(";", t))));
            case GOOGLE -> new ExportProfile(destination, ',', false, "\r\n", List.of(
                    text("First Name", FIRST_NAME), text("Last Name", LAST_NAME),
                    tags("Labels", t -> String.join(" ::: ", t)), tags("E-mail 1 - Label", t -> "Work"),
                    text("E-mail 1 - Value", EMAIL), text("Organization Name", ORGANISATION),
                    text("Organization Title", JOB_TITLE), text("Address 1 - City", CITY),
                    derived("Address 1 - Country", COUNTRY, ExportProfile::countryName)));
            case EXCEL -> new ExportProfile(destination, ';', true, "\r\n", List.of(
                    text("Email", EMAIL), text("First name", FIRST_NAME), text("Last name", LAST_NAME),
                    text("Organisation", ORGANISATION), text("Job title", JOB_TITLE), text("City", CITY),
                    text("Country", COUNTRY), text("Language", LANGUAGE), text("Registered at", REGISTERED_AT),
                    derived("Source", SOURCE, s -> spelled(RegistrationSource.valueOf(s))),
                    derived("Status", STATUS, s -> spelled(RegistrationStatus.valueOf(s))),
                    text("Minutes attended", DURATION),
                    derived("Consent", CONSENT, c -> Boolean.parseBoolean(c) ? "yes" : "no"),
                    text("Consent at", CONSENT_AT), text("Consent source", CONSENT_SOURCE),
                    answers("Custom answers", ExportProfile::answersAsText), text("Notes", NOTES),
                    tags("Events", t -> String.join("; ", t))));
            case FULL -> new ExportProfile(destination, ',', false, "\r\n", fullColumns());
        };
    }

    private static List<Column> fullColumns() {
        List<RegistrantField> fields = FullProfile.MAPPING;
        List<String> header = FullProfile.HEADER;
        return java.util.stream.IntStream.range(0, header.size()).mapToObj(i -> switch (fields.get(i)) {
            case ANSWERS -> answers(header.get(i), ExportProfile::answersAsJson);
            case IGNORE -> tags(header.get(i), t -> String.join("; ", t));
            default -> text(header.get(i), fields.get(i));
        }).toList();
    }

    /** A column that holds a field's agreed text ({@link FieldText#of}) as it is. */
    private static Column text(String header, RegistrantField field) {
        return new Column(header, (r, t) -> FieldText.of(r, field), field, null);
    }

    /** A column that holds a value made from a field's agreed text; the field has few values, made once each. */
    private static Column derived(String header, RegistrantField field, UnaryOperator<String> derive) {
        return new Column(header, (r, t) -> derive.apply(FieldText.of(r, field)), field, derive);
    }

    /** A column that depends on the tags alone. */
    private static Column tags(String header, Function<List<String>, String> value) {
        return new Column(header, (r, t) -> value.apply(t), null, null);
    }

    /** The column of custom answers; a row without answers holds what {@code render} makes of none. */
    private static Column answers(String header, Function<Map<String, String>, String> render) {
        return new Column(header, (r, t) -> render.apply(((Registration) r).customAnswers()), ANSWERS,
                none -> render.apply(Map.of()));
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

    List<Column> columns() {
        return columns;
    }

    /** Whether a cell is written as the Full profile writes it, reversibly ({@link FullProfile#encodeCell}). */
    boolean reversible() {
        return destination == ExportDestination.FULL;
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
     * Fills {@code cells} with the row as it will be written, formulas neutralised, and returns
     * how many cells were neutralised. A layout that {@link #needsEveryField} takes a whole
     * {@link Registration}; the others take the contact fields alone.
     */
    public int render(ContactFields registration, List<String> tags, String[] cells) {
        if (needsEveryField() && !(registration instanceof Registration)) {
            throw new IllegalArgumentException(destination + " is filled from whole registrations");
        }
        int neutralised = 0;
        boolean full = reversible();
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
