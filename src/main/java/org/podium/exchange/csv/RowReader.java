package org.podium.exchange.csv;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podium.domain.Bounds;
import org.podium.domain.Countries;
import org.podium.domain.Emails;
import org.podium.domain.Phrase;
import org.podium.domain.RegistrantField;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.ReportFormat;

/**
 * Reads a file's rows one at a time, as detection laid it out and a mapping says, checking each
 * value: a row comes back either whole or with the problems that keep it out. Nothing is read
 * ahead beyond a buffer, so a file of any length takes the same memory.
 */
public final class RowReader implements AutoCloseable {
    private static final Pattern SECTION_TITLE = Pattern.compile("(?i)^(\\d+\\.\\s*\\S.*|.*\\bdetails|other attended)$");
    private static final Pattern ORIGINAL_NAME = Pattern.compile("^.*\\((.+)\\)$");
    private static final String REPLACEMENT = "\uFFFD";

    private final CsvTokenizer tokenizer;
    private final FileLayout layout;
    private final ZoneId zone;
    private final boolean emailRequired;
    /** Countries as written and as coded: a file repeats a few dozen, a million times. */
    private final Map<String, Optional<String>> countries = new java.util.HashMap<>();
    private List<String> header;
    private List<RegistrantField> mapping;
    private boolean ended;

    private RowReader(CsvTokenizer tokenizer, FileLayout layout, List<String> header,
                      List<RegistrantField> mapping, ZoneId zone, boolean emailRequired) {
        this.tokenizer = tokenizer;
        this.layout = layout;
        this.header = header;
        this.mapping = mapping;
        this.zone = zone;
        this.emailRequired = emailRequired;
    }

    /**
     * Opens the file at its header. {@code mapping} gives each column's field (null for the
     * layout's own); it must name an email column. Local times are read in {@code zone}. When
     * {@code emailRequired} is false a row without an email is still returned, for attendance
     * reports where a dial-in guest has none.
     */
    public static RowReader open(ByteSource source, FileLayout layout, List<RegistrantField> mapping, ZoneId zone,
                                 boolean emailRequired) {
        List<RegistrantField> fields = mapping == null ? layout.mapping() : List.copyOf(mapping);
        checkMapping(layout, fields);
        CsvTokenizer tokenizer = null;
        try {
            tokenizer = new CsvTokenizer(source.open(), layout.encoding(), layout.delimiter());
            while (tokenizer.line() < layout.headerLine()) {
                if (tokenizer.rawLine() == null) {
                    break;
                }
            }
            CsvRecord headerRecord = tokenizer.record();
            if (headerRecord == null || !headerRecord.fields().stream().map(String::strip).toList().equals(layout.header())) {
                throw new CsvReadException(layout.headerLine(), "problem.file.headerChanged");
            }
            return new RowReader(tokenizer, layout, layout.header(), fields, zone, emailRequired);
        } catch (IOException e) {
            closeAfterFailure(tokenizer);
            throw CsvReadException.cannotRead(source, e);
        } catch (RuntimeException e) {
            closeAfterFailure(tokenizer);
            throw e;
        }
    }

    private static void closeAfterFailure(CsvTokenizer tokenizer) {
        if (tokenizer == null) {
            return;
        }
        try {
            tokenizer.close();
        } catch (IOException e) {
            // Closing a file that was only read loses nothing; the failure that brought us
            // here, or the rows already read, are what matter.
        }
    }

    private static void checkMapping(FileLayout layout, List<RegistrantField> fields) {
        if (fields.size() != layout.header().size()) {
            throw new IllegalArgumentException("the mapping has " + fields.size() + " columns but the header has "
                    + layout.header().size());
        }
        FullRows.checkMapping(layout, fields);
        if (fields.stream().filter(f -> f == RegistrantField.EMAIL).count() > 1) {
            throw new CsvReadException(layout.headerLine(), "problem.file.twoEmailColumns");
        }
        for (int i = 0; i < fields.size(); i++) {
            // A kept column's heading becomes the name of its answers, so it must be whole too.
            if (fields.get(i) == RegistrantField.CUSTOM && layout.header().get(i).contains(REPLACEMENT)) {
                throw new CsvReadException(layout.headerLine(), "problem.file.replacedHeading", i + 1,
                        layout.header().get(i));
            }
        }
        if (!fields.contains(RegistrantField.EMAIL)) {
            throw new CsvReadException(layout.headerLine(), "problem.file.noEmailColumn",
                    String.join(", ", layout.header()));
        }
    }

    /** Bytes read so far, for progress. */
    public long bytesRead() {
        return tokenizer.bytesRead();
    }

    /** The next row, or null after the last; a file that cannot be read on is a {@link CsvReadException}. */
    public ReadRow next() {
        try {
            while (!ended) {
                CsvRecord record = tokenizer.record();
                if (record == null) {
                    ended = true;
                    return null;
                }
                if (record.isBlank()) {
                    // A report's table ends at a blank line; a plain file may just have a few.
                    ended = layout.sectioned();
                    continue;
                }
                if (layout.sectioned() && isSectionTitle(record)) {
                    if (!continues(record)) {
                        ended = true;
                    }
                    continue;
                }
                return map(record);
            }
            return null;
        } catch (IOException e) {
            throw new CsvReadException(tokenizer.line(), Phrase.of("problem.file.cannotReadAt", tokenizer.line(),
                    EncodingDetector.reason(e)), e);
        }
    }

    private static boolean isSectionTitle(CsvRecord record) {
        for (int i = 1; i < record.fields().size(); i++) {
            if (!record.fields().get(i).isBlank()) {
                return false;
            }
        }
        return SECTION_TITLE.matcher(record.fields().get(0).strip()).matches();
    }

    /**
     * A Zoom attendee report lists people who attended without registering in a table of its
     * own, "Other Attended", after the attendees: its rows are read too, with its own header.
     */
    private boolean continues(CsvRecord title) throws IOException {
        if (layout.format() != ReportFormat.ZOOM_ATTENDEE
                || !title.fields().get(0).strip().equalsIgnoreCase("other attended")) {
            return false;
        }
        CsvRecord next = tokenizer.record();
        if (next == null || next.isBlank() || next.problem() != null) {
            return false;
        }
        List<String> otherHeader = next.fields().stream().map(String::strip).toList();
        List<RegistrantField> otherMapping = HeaderNames.mapping(otherHeader, layout.format());
        if (!otherMapping.contains(RegistrantField.EMAIL)) {
            return false;
        }
        header = otherHeader;
        mapping = otherMapping;
        return true;
    }

    private ReadRow map(CsvRecord record) {
        long line = record.firstLine();
        if (record.problem() != null) {
            return new ReadRow(line, null, List.of(ReadProblem.row(record.problemLine(), record.problem())));
        }
        if (record.fields().size() != header.size()) {
            return new ReadRow(line, null, List.of(ReadProblem.row(line, Phrase.of("problem.row.fieldCount",
                    record.fields().size(), header.size(), layout.delimiterName()))));
        }
        if (layout.format() == ReportFormat.FULL) {
            return FullRows.read(line, record.fields(), emailRequired);
        }
        return new RowMapping(line).read(record);
    }

    /** The problem of a value holding U+FFFD: letters were lost before the file reached Podium. */
    static Phrase replaced(String column, String value) {
        return Phrase.of("problem.row.replaced", column, value);
    }

    /** What is wrong with a row's email, already {@link Emails#clean cleaned}, or null when nothing is. */
    static Phrase emailProblem(String email, boolean required) {
        if (email.isEmpty()) {
            return required ? Phrase.of("problem.row.noEmail") : null;
        }
        if (Emails.hasControl(email)) {
            return Phrase.of("problem.row.controlInEmail", Emails.visible(email));
        }
        return Emails.isValid(email) ? null : Phrase.of("problem.row.badEmail", email);
    }

    /** Turns one record's fields into a row, gathering every problem it has. */
    private final class RowMapping {
        private final long line;
        /** Most rows have none: made on the first problem, so a clean row allocates nothing for it. */
        private List<ReadProblem> problems = List.of();
        private boolean invalid;

        RowMapping(long line) {
            this.line = line;
        }

        private void row(Phrase message) {
            problem(ReadProblem.row(line, message));
            invalid = true;
        }

        private void problem(ReadProblem p) {
            if (problems.isEmpty()) {
                problems = new ArrayList<>(2);
            }
            problems.add(p);
        }

        ReadRow read(CsvRecord record) {
            String email = "";
            String first = "";
            String last = "";
            String full = "";
            String organisation = "";
            String jobTitle = "";
            String city = "";
            String country = "";
            String language = "";
            String role = "";
            String notes = "";
            Instant registeredAt = null;
            Instant joinedAt = null;
            Boolean consent = null;
            Boolean attended = null;
            RegistrationStatus status = null;
            Duration duration = null;
            Map<String, String> answers = Map.of();
            for (int i = 0; i < mapping.size(); i++) {
                RegistrantField field = mapping.get(i);
                String value = record.fields().get(i).strip();
                if (field == RegistrantField.IGNORE || value.isEmpty() || zoomBlank(value)) {
                    continue;
                }
                if (value.indexOf('\uFFFD') >= 0) {
                    row(replaced(header.get(i), value));
                    continue;
                }
                switch (field) {
                    case EMAIL -> email = Emails.clean(value);
                    case FIRST_NAME -> first = value;
                    case LAST_NAME -> last = value;
                    case FULL_NAME -> full = value;
                    case ORGANISATION -> organisation = value;
                    case JOB_TITLE -> jobTitle = value;
                    case CITY -> city = value;
                    case COUNTRY -> country = country(value);
                    case LANGUAGE -> language = value;
                    case ROLE -> role = value;
                    case NOTES -> notes = value;
                    case REGISTERED_AT -> registeredAt = time(header.get(i), value, true);
                    case JOIN_TIME -> joinedAt = time(header.get(i), value, false);
                    case CONSENT -> consent = yesNo(header.get(i), value);
                    case ATTENDED -> attended = yesNo(header.get(i), value);
                    case STATUS -> status = status(header.get(i), value);
                    case DURATION -> duration = duration(header.get(i), value);
                    case CUSTOM -> {
                        if (answers.isEmpty()) {
                            answers = new LinkedHashMap<>();
                        }
                        answers.put(answerName(answers, i), value);
                    }
                    case IGNORE -> { }
                    default -> throw new IllegalStateException("unmapped field " + field);
                }
            }
            checkEmail(email);
            if (first.isEmpty() && last.isEmpty() && !full.isEmpty()) {
                String[] parts = Values.splitName(originalName(full));
                first = parts[0];
                last = parts[1];
            }
            RegistrantRow row = invalid ? null : new RegistrantRow(email, first, last, organisation, jobTitle, city,
                    country, language, registeredAt, consent, status, attended, duration, joinedAt, role, notes, answers,
                    null);
            return new ReadRow(line, row, problems);
        }

        /** Zoom writes "--" in every cell it has nothing for (a walk-in's registration time and approval status). */
        private boolean zoomBlank(String value) {
            return value.equals("--") && (layout.format() == ReportFormat.ZOOM_ATTENDEE
                    || layout.format() == ReportFormat.ZOOM_REGISTRATION);
        }

        private void checkEmail(String email) {
            Phrase problem = emailProblem(email, emailRequired);
            if (problem != null) {
                row(problem);
            }
        }

        /** Zoom writes a renamed attendee as "Anna R (Anna Rossi)": the name in brackets is the real one. */
        private String originalName(String full) {
            if (layout.format() == ReportFormat.ZOOM_ATTENDEE) {
                Matcher m = ORIGINAL_NAME.matcher(full);
                if (m.matches()) {
                    return m.group(1);
                }
            }
            return full;
        }

        private String answerName(Map<String, String> answers, int column) {
            String name = header.get(column).isBlank() ? "Column " + (column + 1) : header.get(column);
            String unique = name;
            for (int n = 2; answers.containsKey(unique); n++) {
                unique = name + " (" + n + ")";
            }
            return unique;
        }

        private String country(String value) {
            Optional<String> code = countries.size() < 10_000
                    ? countries.computeIfAbsent(value, Countries::code) : Countries.code(value);
            if (code.isEmpty()) {
                problem(ReadProblem.notice(line, Phrase.of("problem.notice.country", value)));
            }
            return code.orElse(value);
        }

        private Instant time(String column, String value, boolean required) {
            if (value.equals("--")) {
                return null;
            }
            Optional<Instant> parsed = DateTimes.parse(value, zone, layout.dateOrder());
            if (parsed.isPresent() && !Bounds.inRange(parsed.get())) {
                row(Phrase.of("problem.row.dateOutOfRange", column, value, Bounds.FIRST_YEAR,
                        Bounds.LAST_YEAR));
                return null;
            }
            if (parsed.isEmpty() && required) {
                row(Phrase.of(layout.dateOrder() == DateOrder.DAY_FIRST ? "problem.row.badDate.dayFirst"
                        : "problem.row.badDate.monthFirst", column, value));
            }
            return parsed.orElse(null);
        }

        private Boolean yesNo(String column, String value) {
            Optional<Boolean> parsed = Values.yesNo(value);
            if (parsed.isEmpty()) {
                row(Phrase.of("problem.row.notYesNo", column, value));
            }
            return parsed.orElse(null);
        }

        private RegistrationStatus status(String column, String value) {
            Optional<RegistrationStatus> parsed = Values.status(value);
            if (parsed.isEmpty()) {
                row(Phrase.of("problem.row.badStatus", column, value));
            }
            return parsed.orElse(null);
        }

        private Duration duration(String column, String value) {
            if (value.equals("--")) {
                return null;
            }
            Optional<Duration> parsed = Values.duration(value);
            if (parsed.isPresent() && parsed.get().toMinutes() > Bounds.MAX_MINUTES) {
                row(Phrase.of("problem.row.tooLong", column, value, Bounds.MAX_MINUTES));
                return null;
            }
            if (parsed.isEmpty()) {
                row(Phrase.of("problem.row.badDuration", column, value));
            }
            return parsed.orElse(null);
        }
    }

    @Override
    public void close() {
        closeAfterFailure(tokenizer);
    }
}
