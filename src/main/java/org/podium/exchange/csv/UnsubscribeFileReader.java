package org.podium.exchange.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.podium.domain.Emails;
import org.podium.domain.Phrase;

/**
 * Reads the unsubscribe (or blocklist) file a mailing tool exports, such as Mailchimp's
 * "unsubscribed" CSV or Brevo's blocklisted contacts: it finds the address column by its
 * header, whatever the delimiter, and keeps a reason column when there is one. A file of bare
 * addresses, one a line, is read too. It is read as a registrant file is: the same encoding
 * detection, delimiter sniffing, heading normalising and tokenizer.
 */
public final class UnsubscribeFileReader {
    private static final Set<String> EMAIL_HEADERS = Set.of("emailaddress", "email", "mail", "emailadresse",
            "indirizzoemail", "correoelectronico", "emailaddresse", "emailvalue");
    private static final Set<String> REASON_HEADERS = Set.of("unsubreason", "reason", "unsubscribereason",
            "blocklistreason", "blacklistreason", "motivo");
    /** The most addresses one file may give: the list is held whole to be stored in one transaction. */
    public static final int MAX_ADDRESSES = 500_000;
    /** The most problems listed one by one; the rest are counted. */
    static final int MAX_PROBLEMS = 1_000;

    /** One address found, on its line of the file, with the tool's reason if it gave one. */
    public record Entry(long line, String email, String reason) {
    }

    /** A line whose address cannot be used, with why, to be said in the reader's language. */
    public record Problem(long line, Phrase text) {
    }

    /**
     * What the file held: the addresses to suppress and the lines that could not be used, with
     * how it was read; {@code encoding}'s notice says when it was not UTF-8 and was read as
     * Windows-1252, to check as every import's reader does.
     */
    public record Result(List<Entry> entries, List<Problem> problems, char delimiter, String emailColumn,
                         TextEncoding encoding) {
    }

    private UnsubscribeFileReader() {
    }

    /**
     * Reads the file. One that cannot be opened is an IOException; one that is empty, is not
     * text, has no address column or more than {@link #MAX_ADDRESSES} addresses is a
     * {@link CsvReadException} naming it.
     */
    public static Result read(Path file) throws IOException {
        return read(file, MAX_ADDRESSES);
    }

    /**
     * Reads the file a record at a time with the registrant import's reader (whose encoding
     * detection refuses a file that is not text), holding only the addresses found and the
     * first {@link #MAX_PROBLEMS} problems.
     */
    static Result read(Path file, int maxAddresses) throws IOException {
        if (Files.size(file) == 0) {
            throw refused(0, "problem.unsubscribe.empty", file);
        }
        ByteSource source = ByteSource.of(file);
        TextEncoding encoding;
        char delimiter;
        try {
            encoding = EncodingDetector.detect(source);
            delimiter = LayoutDetector.plainDelimiter(source, encoding);
        } catch (CsvReadException e) {
            throw new CsvReadException(e.problem().line(), Phrase.of("problem.unsubscribe.unreadable", file,
                    e.problem().phrase()), e);
        }
        try (CsvTokenizer records = new CsvTokenizer(source.open(), encoding, delimiter)) {
            CsvRecord header = records.record();
            while (header != null && header.isBlank()) {
                header = records.record();
            }
            if (header == null) {
                throw refused(0, "problem.unsubscribe.empty", file);
            }
            if (header.problem() != null) {
                throw refused(header.problemLine(), "problem.unsubscribe.header", file, header.problemLine(),
                        header.problem());
            }
            String[] names = header.fields().toArray(String[]::new);
            int emailColumn = emailColumn(names);
            boolean headless = false;
            if (emailColumn < 0) {
                emailColumn = headlessColumn(names);
                headless = emailColumn >= 0;
            }
            if (emailColumn < 0) {
                throw refused(header.firstLine(), "problem.unsubscribe.noEmailColumn", file);
            }
            int reasonColumn = headless ? -1 : column(names, REASON_HEADERS);
            Lines lines = new Lines(file, maxAddresses);
            if (headless) {
                lines.add(header, emailColumn, reasonColumn);
            }
            for (CsvRecord row = records.record(); row != null; row = records.record()) {
                lines.add(row, emailColumn, reasonColumn);
            }
            return new Result(lines.entries, lines.problems(), delimiter, headless ? "" : names[emailColumn].strip(),
                    encoding);
        }
    }

    /** A file refused whole, naming it: its phrase is said in the reader's language, its message in English. */
    private static CsvReadException refused(long line, String key, Object... values) {
        return new CsvReadException(line, key, values);
    }

    /** The addresses and problems of the lines read so far. */
    private static final class Lines {
        private final Path file;
        private final int maxAddresses;
        private final List<Entry> entries = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private long moreProblems;
        private long firstUnlisted;

        Lines(Path file, int maxAddresses) {
            this.file = file;
            this.maxAddresses = maxAddresses;
        }

        void add(CsvRecord row, int emailColumn, int reasonColumn) throws IOException {
            long line = row.firstLine();
            if (row.problem() != null) {
                problem(new Problem(row.problemLine(), row.problem()));
                return;
            }
            if (row.isBlank()) {
                return;
            }
            String email = Emails.clean(row.field(emailColumn));
            if (!Emails.isValid(email)) {
                problem(new Problem(line, email.isEmpty() ? Phrase.of("problem.unsubscribe.noAddress")
                        : Emails.problem(email)));
                return;
            }
            String reason = reasonColumn >= 0 ? row.field(reasonColumn).strip() : "";
            if (entries.size() == maxAddresses) {
                throw refused(line, "problem.unsubscribe.tooMany", file, maxAddresses, line);
            }
            entries.add(new Entry(line, email, reason));
        }

        private void problem(Problem p) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(p);
            } else if (moreProblems++ == 0) {
                firstUnlisted = p.line();
            }
        }

        List<Problem> problems() {
            if (moreProblems == 0) {
                return problems;
            }
            List<Problem> all = new ArrayList<>(problems);
            all.add(new Problem(firstUnlisted, Phrase.of("problem.unsubscribe.more", moreProblems,
                    // Written out: a choice cannot hold a number pattern, and the count is never grouped.
                    Long.toString(moreProblems))));
            return all;
        }
    }

    /** The column of addresses: a known name, else the first header that mentions "email". */
    private static int emailColumn(String[] header) {
        int known = column(header, EMAIL_HEADERS);
        if (known >= 0) {
            return known;
        }
        for (int i = 0; i < header.length; i++) {
            String name = HeaderNames.normalise(header[i]);
            if (name.contains("email") && !name.contains("type") && !name.contains("label")) {
                return i;
            }
        }
        return -1;
    }

    /** The header's column matching one of the names, ignoring case, spaces and punctuation. */
    private static int column(String[] header, Set<String> names) {
        for (int i = 0; i < header.length; i++) {
            if (names.contains(HeaderNames.normalise(header[i]))) {
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
}
