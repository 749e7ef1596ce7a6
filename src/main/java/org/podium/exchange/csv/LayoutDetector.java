package org.podium.exchange.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.podium.domain.RegistrantField;
import org.podium.domain.ReportFormat;

/**
 * Learns how a file is laid out from its first lines: which platform wrote it (a Teams report's
 * numbered sections, a Zoom report's preamble and "Attendee Details", Eventbrite's "Attendee
 * Status"), where its header is, which delimiter it uses outside quotes, and whether its dates
 * put the day or the month first.
 */
public final class LayoutDetector {
    private static final int MAX_LINES = 20_000;
    private static final int MAX_CHARS = 4_000_000;
    private static final int SNIFF_LINES = 20;
    private static final int DATE_SAMPLES = 500;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final Pattern TEAMS_PARTICIPANTS = Pattern.compile("(?i)^(\\d+\\.\\s*)?participants$");
    private static final Pattern TEAMS_SUMMARY = Pattern.compile("(?i)^(\\d+\\.\\s*)?(summary|meeting summary)$");
    private static final Pattern ZOOM_TABLE = Pattern.compile(
            "(?i)^(attendees?|registrants?|registration|participants?) details$");
    private static final Pattern ZOOM_PREAMBLE = Pattern.compile("(?i)^(attendee report|registration report|"
            + "registrant report|report generated.*|topic)$");
    private static final Pattern SEP_HINT = Pattern.compile("^sep=(.)$");

    private LayoutDetector() {
    }

    /**
     * Detects the layout, considering only {@code allowed} formats (all when empty). A file
     * that cannot be read this far, or has no email column, is a {@link CsvReadException}.
     */
    public static FileLayout detect(ByteSource source, Set<ReportFormat> allowed) {
        TextEncoding encoding = EncodingDetector.detect(source);
        List<String> lines = topLines(source, encoding);
        Located at = locate(lines, allowed);
        return readHeader(source, encoding, at);
    }

    /**
     * The delimiter of a plain table whose first non-blank line is its header (an unsubscribe
     * list), sniffed as a registrant file's is. A file with no text is a {@link CsvReadException}.
     */
    static char plainDelimiter(ByteSource source, TextEncoding encoding) {
        List<String> lines = topLines(source, encoding);
        return sniff(lines, nextNonBlank(lines, 0), false);
    }

    private record Located(ReportFormat format, int headerIndex, char delimiter, boolean sectioned) {
    }

    private static List<String> topLines(ByteSource source, TextEncoding encoding) {
        List<String> lines = new ArrayList<>();
        try (CsvTokenizer tokenizer = new CsvTokenizer(source.open(), encoding, ',')) {
            long chars = 0;
            String line;
            while (lines.size() < MAX_LINES && chars < MAX_CHARS && (line = tokenizer.rawLine()) != null) {
                lines.add(line);
                chars += line.length();
            }
        } catch (IOException e) {
            throw CsvReadException.cannotRead(source, e);
        }
        if (lines.stream().allMatch(String::isBlank)) {
            throw new CsvReadException(1, "problem.file.noText");
        }
        return lines;
    }

    /** The text of a line without quotes, separators and surrounding space: "Attendee Details,,," reads "Attendee Details". */
    static String cell(String line) {
        String text = line.replace("\"", "").strip();
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ',' || text.charAt(end - 1) == ';'
                || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean allows(Set<ReportFormat> allowed, ReportFormat... formats) {
        if (allowed.isEmpty()) {
            return true;
        }
        for (ReportFormat f : formats) {
            if (allowed.contains(f)) {
                return true;
            }
        }
        return false;
    }

    private static Located locate(List<String> lines, Set<ReportFormat> allowed) {
        if (allows(allowed, ReportFormat.FULL)) {
            Located full = full(lines, allowed);
            if (full != null) {
                return full;
            }
        }
        if (allows(allowed, ReportFormat.TEAMS_ATTENDANCE)) {
            Located teams = teams(lines);
            if (teams != null) {
                return teams;
            }
        }
        if (allows(allowed, ReportFormat.ZOOM_ATTENDEE, ReportFormat.ZOOM_REGISTRATION)) {
            Located zoom = zoom(lines, allowed);
            if (zoom != null) {
                return zoom;
            }
        }
        int first = 0;
        Character hinted = null;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        var sep = SEP_HINT.matcher(lines.get(first).strip());
        if (sep.matches()) {
            hinted = sep.group(1).charAt(0);
            first = nextNonBlank(lines, first + 1);
        }
        char delimiter = hinted != null ? hinted : sniff(lines, first, false);
        List<String> header = splitHeader(lines.get(first), delimiter);
        ReportFormat format = byColumns(header, allowed);
        return new Located(format, first, delimiter, false);
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i >= lines.size()) {
            throw new CsvReadException(from, "problem.file.endsBeforeHeader", from);
        }
        return i;
    }

    /**
     * A Podium full export: its first line is exactly the Full header. It is looked for first,
     * because its notes may hold lines that read like another platform's section titles.
     */
    private static Located full(List<String> lines, Set<ReportFormat> allowed) {
        int first = nextNonBlank(lines, 0);
        if (FullProfile.isFullHeader(splitHeader(lines.get(first), ','))) {
            return new Located(ReportFormat.FULL, first, ',', false);
        }
        if (allowed.equals(Set.of(ReportFormat.FULL))) {
            throw new CsvReadException(first + 1, "problem.file.notFull", String.join(",", FullProfile.HEADER));
        }
        return null;
    }

    private static Located teams(List<String> lines) {
        boolean summary = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = cell(lines.get(i));
            summary |= TEAMS_SUMMARY.matcher(text).matches();
            if (summary && TEAMS_PARTICIPANTS.matcher(text).matches()) {
                int header = nextNonBlank(lines, i + 1);
                return new Located(ReportFormat.TEAMS_ATTENDANCE, header, sniff(lines, header, true), true);
            }
        }
        return null;
    }

    private static Located zoom(List<String> lines, Set<ReportFormat> allowed) {
        for (int i = 0; i < lines.size(); i++) {
            if (ZOOM_TABLE.matcher(cell(lines.get(i))).matches()) {
                int header = nextNonBlank(lines, i + 1);
                char delimiter = sniff(lines, header, true);
                String title = cell(lines.get(nextNonBlank(lines, 0))).toLowerCase(Locale.ROOT);
                ReportFormat format = title.startsWith("attendee report") ? ReportFormat.ZOOM_ATTENDEE
                        : title.startsWith("regist") ? ReportFormat.ZOOM_REGISTRATION
                        : hasAttendance(splitHeader(lines.get(header), delimiter), ReportFormat.ZOOM_ATTENDEE)
                        ? ReportFormat.ZOOM_ATTENDEE : ReportFormat.ZOOM_REGISTRATION;
                if (!allows(allowed, format)) {
                    format = format == ReportFormat.ZOOM_ATTENDEE ? ReportFormat.ZOOM_REGISTRATION : ReportFormat.ZOOM_ATTENDEE;
                }
                return new Located(format, header, delimiter, true);
            }
        }
        boolean preamble = lines.stream().limit(5).map(LayoutDetector::cell)
                .anyMatch(text -> ZOOM_PREAMBLE.matcher(text).matches());
        if (preamble) {
            throw new CsvReadException(1, "problem.file.zoomWithoutDetails");
        }
        return null;
    }

    private static boolean hasAttendance(List<String> header, ReportFormat format) {
        List<RegistrantField> fields = HeaderNames.mapping(header, format);
        return fields.contains(RegistrantField.ATTENDED) || fields.contains(RegistrantField.DURATION)
                || fields.contains(RegistrantField.JOIN_TIME);
    }

    /** The format a plain table's columns reveal: Eventbrite's, a Zoom participant export's, or generic. */
    private static ReportFormat byColumns(List<String> header, Set<ReportFormat> allowed) {
        List<String> keys = header.stream().map(HeaderNames::normalise).toList();
        boolean eventbrite = keys.contains("attendeestatus") || keys.contains("order#") && keys.contains("tickettype");
        boolean zoom = (keys.contains("useremail") || keys.contains("name(originalname)")
                || keys.contains("username(originalname)")) && hasAttendance(header, ReportFormat.ZOOM_ATTENDEE);
        boolean zoomOnly = !allowed.isEmpty() && allowed.stream()
                .allMatch(f -> f == ReportFormat.ZOOM_ATTENDEE || f == ReportFormat.ZOOM_REGISTRATION);
        if (zoomOnly && !zoom) {
            throw new CsvReadException(1, "problem.file.notZoom");
        }
        if (allowed.size() == 1) {
            return allowed.iterator().next();
        }
        if (eventbrite && allows(allowed, ReportFormat.EVENTBRITE)) {
            return ReportFormat.EVENTBRITE;
        }
        if (zoom && allows(allowed, ReportFormat.ZOOM_ATTENDEE)) {
            return ReportFormat.ZOOM_ATTENDEE;
        }
        return ReportFormat.GENERIC;
    }

    /**
     * The delimiter that splits the header into the most columns and the lines under it into
     * the same number; counted outside quotes. A one-column file has none, and gets ",".
     */
    private static char sniff(List<String> lines, int header, boolean stopAtBlank) {
        char best = ',';
        long bestScore = 0;
        for (char candidate : DELIMITERS) {
            int columns = count(lines.get(header), candidate);
            if (columns == 0) {
                continue;
            }
            int agreeing = 0;
            for (int i = header + 1, seen = 0; i < lines.size() && seen < SNIFF_LINES; i++) {
                if (lines.get(i).isBlank()) {
                    if (stopAtBlank) {
                        break;
                    }
                    continue;
                }
                seen++;
                agreeing += count(lines.get(i), candidate) == columns ? 1 : 0;
            }
            long score = (long) agreeing * 10_000 + columns;
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /** How many times the delimiter stands outside quotes. */
    private static int count(String line, char delimiter) {
        return splitHeader(line, delimiter).size() - 1;
    }

    private static List<String> splitHeader(String line, char delimiter) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private static FileLayout readHeader(ByteSource source, TextEncoding encoding, Located at) {
        try (CsvTokenizer tokenizer = new CsvTokenizer(source.open(), encoding, at.delimiter())) {
            for (int i = 0; i < at.headerIndex(); i++) {
                tokenizer.rawLine();
            }
            long headerLine = tokenizer.line();
            CsvRecord record = tokenizer.record();
            if (record == null || record.isBlank()) {
                throw new CsvReadException(headerLine, "problem.file.noHeader");
            }
            if (record.problem() != null) {
                throw new CsvReadException(record.problemLine(), "problem.file.badHeader", record.problem());
            }
            List<String> header = record.fields().stream().map(String::strip).toList();
            if (at.format() == ReportFormat.FULL && !FullProfile.isFullHeader(header)) {
                throw new CsvReadException(headerLine, "problem.file.almostFull", String.join(",", FullProfile.HEADER));
            }
            List<RegistrantField> mapping = HeaderNames.mapping(header, at.format());
            DateOrder order = dateOrder(tokenizer, mapping, at);
            return new FileLayout(encoding, at.format(), at.delimiter(), headerLine, header, mapping, order,
                    at.sectioned());
        } catch (IOException e) {
            throw CsvReadException.cannotRead(source, e);
        }
    }

    /**
     * Day first unless the file shows otherwise: a first number above 12 means day first, a
     * second above 12 month first. Without evidence, Zoom and Teams (American formats) put the
     * month first and everything else, written for a European audience, the day.
     */
    private static DateOrder dateOrder(CsvTokenizer tokenizer, List<RegistrantField> mapping, Located at)
            throws IOException {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (int n = 0; n < DATE_SAMPLES; n++) {
            CsvRecord record;
            try {
                record = tokenizer.record();
            } catch (CsvReadException e) {
                // Only a sample: reading the rows will report this where it belongs.
                break;
            }
            if (record == null || at.sectioned() && record.isBlank()) {
                break;
            }
            for (int i = 0; i < mapping.size(); i++) {
                if (mapping.get(i) != RegistrantField.REGISTERED_AT && mapping.get(i) != RegistrantField.JOIN_TIME) {
                    continue;
                }
                var numbers = DateTimes.leadingNumbers(record.field(i));
                if (numbers.isPresent()) {
                    dayFirst |= numbers.get()[0] > 12;
                    monthFirst |= numbers.get()[1] > 12;
                }
            }
        }
        if (dayFirst != monthFirst) {
            return dayFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
        }
        boolean american = at.format() == ReportFormat.TEAMS_ATTENDANCE || at.format() == ReportFormat.ZOOM_ATTENDEE
                || at.format() == ReportFormat.ZOOM_REGISTRATION;
        return american ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
    }
}
