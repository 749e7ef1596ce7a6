package org.podium.exchange.csv;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.podium.domain.Emails;

/**
 * Reads the unsubscribe (or blocklist) file a mailing tool exports, such as Mailchimp's
 * "unsubscribed" CSV or Brevo's blocklisted contacts: it finds the address column by its
 * header, whatever the delimiter, and keeps a reason column when there is one. A file of bare
 * addresses, one a line, is read too.
 */
public final class UnsubscribeFileReader {
    private static final Set<String> EMAIL_HEADERS = Set.of("emailaddress", "email", "mail", "emailadresse",
            "indirizzoemail", "correoelectronico", "emailaddresse", "emailvalue");
    private static final Set<String> REASON_HEADERS = Set.of("unsubreason", "reason", "unsubscribereason",
            "blocklistreason", "blacklistreason", "motivo");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One address found, on its line of the file, with the tool's reason if it gave one. */
    public record Entry(long line, String email, String reason) {
    }

    /** A line whose address cannot be used, with why. */
    public record Problem(long line, String text) {
    }

    /** What the file held: the addresses to suppress and the lines that could not be used. */
    public record Result(List<Entry> entries, List<Problem> problems, char delimiter, String emailColumn) {
    }

    private UnsubscribeFileReader() {
    }

    /** Reads the file; an unreadable file or one with no address column is an IOException naming it. */
    public static Result read(Path file) throws IOException {
        String text = decode(Files.readAllBytes(file));
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        char delimiter = delimiter(firstLine(text));
        List<String[]> rows = rows(file, text, delimiter);
        if (rows.isEmpty()) {
            throw new IOException(file + " is empty: there are no addresses in it.");
        }
        String[] header = rows.get(0);
        int emailColumn = emailColumn(header);
        boolean headless = false;
        if (emailColumn < 0) {
            emailColumn = headlessColumn(header);
            headless = emailColumn >= 0;
        }
        if (emailColumn < 0) {
            throw new IOException(file + " has no column of email addresses: its first line should name one"
                    + " (such as 'Email Address' or 'EMAIL').");
        }
        int reasonColumn = headless ? -1 : column(header, REASON_HEADERS);
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = headless ? 0 : 1; i < rows.size(); i++) {
            String[] row = rows.get(i);
            long line = i + 1L;
            if (row.length == 1 && row[0].isBlank()) {
                continue;
            }
            String email = emailColumn < row.length ? Emails.clean(row[emailColumn]) : "";
            if (!Emails.isValid(email)) {
                problems.add(new Problem(line, email.isEmpty() ? "no address" : Emails.problem(email)));
                continue;
            }
            String reason = reasonColumn >= 0 && reasonColumn < row.length ? row[reasonColumn].strip() : "";
            entries.add(new Entry(line, email, reason));
        }
        return new Result(entries, problems, delimiter,
                headless ? "" : header[emailColumn].strip());
    }

    /** Strict UTF-8, else Windows-1252 (old spreadsheets): bytes are never silently replaced. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    /** The most frequent of comma, semicolon and tab on the header line; comma if none. */
    static char delimiter(String headerLine) {
        char best = ',';
        long most = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = headerLine.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    private static List<String[]> rows(Path file, String text, char delimiter) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(schema)
                .readValues(new StringReader(text))) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? rows.size() + 1L : e.getLocation().getLineNr();
            throw new IOException(file + ", line " + line + ": " + e.getOriginalMessage(), e);
        }
        return rows;
    }

    /** The column of addresses: a known name, else the first header that mentions "email". */
    private static int emailColumn(String[] header) {
        int known = column(header, EMAIL_HEADERS);
        if (known >= 0) {
            return known;
        }
        for (int i = 0; i < header.length; i++) {
            String name = normalise(header[i]);
            if (name.contains("email") && !name.contains("type") && !name.contains("label")) {
                return i;
            }
        }
        return -1;
    }

    /** The header's column matching one of the names, ignoring case, spaces and punctuation. */
    private static int column(String[] header, Set<String> names) {
        for (int i = 0; i < header.length; i++) {
            if (names.contains(normalise(header[i]))) {
                return i;
            }
        }
        return -1;
    }

    /** In a file without header the first line already holds an address: its column. */
    private static int headlessColumn(String[] firstRow) {
        for (int i = 0; i < firstRow.length; i++) {
            if (Emails.isValid(Emails.clean(firstRow[i]))) {
                return i;
            }
        }
        return -1;
    }

    private static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
