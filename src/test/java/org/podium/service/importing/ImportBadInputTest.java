package org.podium.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.English;

/** Every malformed file of the issue: one message with its line, and nothing written. */
class ImportBadInputTest {
    @TempDir
    Path dir;
    ImportBook book;

    @BeforeEach
    void open() {
        book = new ImportBook(dir);
        book.register("already@x.org", "Already", org.podium.domain.RegistrationStatus.REGISTERED);
    }

    @AfterEach
    void close() {
        book.close();
    }

    /** Imports the file all-or-nothing and checks it was refused with exactly this problem. */
    private ImportSummary refused(Path file, long line, String message) {
        ImportSummary s = book.commit(file, ImportOptions.defaults());
        assertThat(s.written()).isFalse();
        assertThat(s.errors()).as("errors").hasSize(1);
        assertThat(s.errors().get(0).line()).isEqualTo(line);
        assertThat(English.of(s.errors().get(0).phrase())).contains(message);
        assertThat(book.count()).as("only the registrant from before").isEqualTo(1);
        return s;
    }

    @Test
    void anEmptyFile() {
        refused(book.file("empty.csv", ""), 1, "The file is empty.");
    }

    @Test
    void aHeaderOnly() {
        refused(book.file("header.csv", "Email,First Name\r\n"), 2, "There are no rows under the header on line 1.");
    }

    @Test
    void noEmailColumn() {
        refused(book.file("no-email.csv", "Name,City\nAna,Milano\n"), 1,
                "There is no email column: Podium needs a column named Email");
    }

    @Test
    void anUnclosedQuoteEvenWithSkipInvalid() {
        Path file = book.file("quote.csv", "Email,Name\na@x.org,Ana\nb@x.org,\"Bo\nc@x.org,Cy\n");
        refused(file, 3, "The quote (\") opened on line 3 is never closed");

        ImportSummary skipping = book.commit(file, ImportOptions.defaults().withSkipInvalid(true));
        assertThat(skipping.written()).as("the rest of the file is unreadable, so nothing is").isFalse();
        assertThat(book.count()).isEqualTo(1);
    }

    @Test
    void aRaggedRowUnlessSkipped() {
        Path file = book.file("ragged.csv", "Email,First Name,Last Name\na@x.org,Ana,Rossi\nb@x.org,Bo\nc@x.org,Cy,Li\n");
        ImportSummary s = refused(file, 3, "The row has 2 fields but the header has 3");
        assertThat(s.imported()).as("what would have been imported").isEqualTo(2);

        ImportSummary skipping = book.commit(file, ImportOptions.defaults().withSkipInvalid(true));
        assertThat(skipping.written()).isTrue();
        assertThat(skipping.imported()).isEqualTo(2);
        assertThat(skipping.skipped()).isEqualTo(1);
        assertThat(book.count()).isEqualTo(3);
    }

    @Test
    void invalidEmail() {
        refused(book.file("bad-email.csv", "Email\nana@x.org\nana@\n"), 3, "Invalid email 'ana@'");
    }

    @Test
    void bytesInvalidInTheDetectedEncodingAreNeverReplaced() {
        byte[] utf8 = "Email;Città\nana@x.org;Forlì\nbo@x.org;Città\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "cy@x.org;Forl\u00ec\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = java.util.Arrays.copyOf(utf8, utf8.length + bad.length);
        System.arraycopy(bad, 0, bytes, utf8.length, bad.length);
        refused(book.file("damaged.csv", bytes), 4, "bytes that are not valid UTF-8 text (0xEC)");

        ImportSummary skipping = book.commit(book.file("damaged.csv", bytes), ImportOptions.defaults().withSkipInvalid(true));
        assertThat(skipping.imported()).isEqualTo(2);
        assertThat(book.stored()).noneMatch(line -> line.contains("\uFFFD"));
    }

    @Test
    void aWindows1252UndefinedByte() {
        byte[] bytes = "Email;Nome\nana@x.org;Ana\nbo@x.org;B\u0081o\n".getBytes(StandardCharsets.ISO_8859_1);
        refused(book.file("cp1252.csv", bytes), 3, "not valid Windows-1252 text (0x81)");
    }

    @Test
    void aReplacementCharacterAlreadyInTheFile() {
        refused(book.file("mangled.csv", "Email,City\nana@x.org,Forl\uFFFD\n"), 2, "replacement character");
    }

    @Test
    void aFiftyMegabyteFieldCostsNoMemoryAndIsOneRowProblem() throws IOException {
        Path file = dir.resolve("huge.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("Email,Notes\nana@x.org,ok\nbo@x.org,\"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write("\"\ncy@x.org,fine\n".getBytes(StandardCharsets.US_ASCII));
        }
        refused(file, 3, "Field 2 is longer than 65,536 characters");

        ImportSummary skipping = book.commit(file, ImportOptions.defaults().withSkipInvalid(true));
        assertThat(skipping.imported()).isEqualTo(2);
        assertThat(book.stored()).anyMatch(line -> line.startsWith("cy@x.org"));
    }

    @Test
    void aFileThatIsNotThere() {
        ImportSummary s = book.commit(dir.resolve("missing.csv"), ImportOptions.defaults());
        assertThat(s.written()).isFalse();
        assertThat(s.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(English.of(p.phrase())).isEqualTo("Cannot read missing.csv: there is no such file.");
        });
    }

    @Test
    void theErrorListStopsAtAThousandButTheCountIsWhole() {
        StringBuilder text = new StringBuilder("Email\n");
        for (int i = 0; i < 2_500; i++) {
            text.append("bad").append(i).append("@\n");
        }
        ImportSummary s = book.commit(book.file("many.csv", text.toString()), ImportOptions.defaults());

        assertThat(s.errors()).hasSize(ProblemList.LISTED);
        assertThat(s.errorCount()).isEqualTo(2_500);
        assertThat(s.errors().get(0).line()).isEqualTo(2);
        assertThat(book.count()).isEqualTo(1);
    }
}
