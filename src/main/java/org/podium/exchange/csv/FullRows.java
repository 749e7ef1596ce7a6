package org.podium.exchange.csv;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.podium.domain.Emails;
import org.podium.domain.Phrase;
import org.podium.domain.RegistrantField;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.ReportFormat;

/**
 * Reads a record of a Podium full export back into the values it was written from: each cell
 * loses the one quote {@link FullProfile#encodeCell} may have added, then is read exactly as
 * the Full profile writes it (instants in ISO-8601, names of sources and statuses, whole
 * minutes, answers as a JSON object) with nothing normalised, so countries, times and answers
 * come back as they were stored. As in any file, a value with the replacement character U+FFFD
 * is refused: it stands for letters lost before the file reached Podium.
 */
final class FullRows {
    /** Made at the first answers read: every file's mapping is checked here, and only a Full file needs Jackson. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    private final long line;
    private final boolean emailRequired;
    /** Most rows have none: made on the first problem. */
    private List<ReadProblem> problems = List.of();

    private FullRows(long line, boolean emailRequired) {
        this.line = line;
        this.emailRequired = emailRequired;
    }

    /**
     * Refuses a mapping that a file cannot be read with: a Full file is read column for column,
     * as it was written, and only a Full file has columns for the fields only it carries.
     */
    static void checkMapping(FileLayout layout, List<RegistrantField> fields) {
        boolean full = layout.format() == ReportFormat.FULL;
        if (full ? !fields.equals(layout.mapping()) : fields.stream().anyMatch(RegistrantField::onlyInFullExport)) {
            throw new CsvReadException(layout.headerLine(), full ? "problem.file.fullColumnsFixed"
                    : "problem.file.onlyFullColumns");
        }
    }

    /** The row of the record that starts on {@code line}, whose cells are in {@link FullProfile#HEADER}'s order. */
    static ReadRow read(long line, List<String> cells, boolean emailRequired) {
        return new FullRows(line, emailRequired).read(cells);
    }

    private ReadRow read(List<String> cells) {
        Map<RegistrantField, String> text = new EnumMap<>(RegistrantField.class);
        Instant registeredAt = null;
        Instant consentAt = null;
        Boolean consent = null;
        RegistrationStatus status = null;
        RegistrationSource source = null;
        Integer minutes = null;
        Map<String, String> answers = Map.of();
        for (int i = 0; i < cells.size(); i++) {
            String column = FullProfile.HEADER.get(i);
            String value = FullProfile.decodeCell(cells.get(i)).strip();
            if (value.isEmpty() || FullProfile.MAPPING.get(i) == RegistrantField.IGNORE) {
                continue;
            }
            if (value.indexOf('\uFFFD') >= 0) {
                problem(RowReader.replaced(column, value));
                continue;
            }
            switch (FullProfile.MAPPING.get(i)) {
                case REGISTERED_AT -> registeredAt = instant(column, value);
                case CONSENT_AT -> consentAt = instant(column, value);
                case CONSENT -> consent = consent(value);
                case STATUS -> status = named(column, value, RegistrationStatus.class);
                case SOURCE -> source = named(column, value, RegistrationSource.class);
                case DURATION -> minutes = minutes(column, value);
                case ANSWERS -> answers = answers(column, value);
                default -> text.put(FullProfile.MAPPING.get(i), value);
            }
        }
        String email = Emails.clean(text.getOrDefault(RegistrantField.EMAIL, ""));
        Phrase emailProblem = RowReader.emailProblem(email, emailRequired);
        if (emailProblem != null) {
            problem(emailProblem);
        }
        if (!problems.isEmpty()) {
            return new ReadRow(line, null, problems);
        }
        RegistrantRow row = new RegistrantRow(email, text(text, RegistrantField.FIRST_NAME),
                text(text, RegistrantField.LAST_NAME), text(text, RegistrantField.ORGANISATION),
                text(text, RegistrantField.JOB_TITLE), text(text, RegistrantField.CITY),
                text(text, RegistrantField.COUNTRY), text(text, RegistrantField.LANGUAGE), registeredAt, consent, status,
                null, minutes == null ? null : Duration.ofMinutes(minutes), null, "", text(text, RegistrantField.NOTES),
                answers, new RegistrantRow.Archived(source, minutes == null ? 0 : minutes, consentAt,
                        text(text, RegistrantField.CONSENT_SOURCE)));
        return new ReadRow(line, row, problems);
    }

    private static String text(Map<RegistrantField, String> text, RegistrantField field) {
        return text.getOrDefault(field, "");
    }

    private void problem(Phrase message) {
        if (problems.isEmpty()) {
            problems = new ArrayList<>(2);
        }
        problems.add(ReadProblem.row(line, message));
    }

    private Instant instant(String column, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            problem(Phrase.of("problem.row.notInstant", column, value));
            return null;
        }
    }

    private Boolean consent(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return lower.equals("true");
        }
        problem(Phrase.of("problem.row.notTrueFalse", value));
        return null;
    }

    private <E extends Enum<E>> E named(String column, String value, Class<E> type) {
        String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        problem(Phrase.of("problem.row.notOneOf", column, value, Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", "))));
        return null;
    }

    private Integer minutes(String column, String value) {
        if (value.chars().allMatch(c -> c >= '0' && c <= '9') && value.length() <= 9) {
            return Integer.parseInt(value);
        }
        problem(Phrase.of("problem.row.notMinutes", column, value));
        return null;
    }

    private Map<String, String> answers(String column, String value) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(value);
        } catch (JsonProcessingException e) {
            problem(notAnswers(column, value, Phrase.of("problem.reason.system", e.getOriginalMessage())));
            return Map.of();
        }
        if (node == null || !node.isObject()) {
            problem(notAnswers(column, value, Phrase.of("problem.reason.notObject")));
            return Map.of();
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> answer = it.next();
            if (!answer.getValue().isTextual()) {
                problem(notAnswers(column, value, Phrase.of("problem.reason.answerNotText", answer.getKey())));
                return Map.of();
            }
            answers.put(answer.getKey(), answer.getValue().textValue());
        }
        return answers;
    }

    private static Phrase notAnswers(String column, String value, Phrase why) {
        return Phrase.of("problem.row.notAnswers", column, value, why);
    }
}
