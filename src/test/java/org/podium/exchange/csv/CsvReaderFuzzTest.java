package org.podium.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.ZoneOffset;
import java.util.Set;
import org.podium.domain.Emails;
import org.podium.English;

/**
 * Any bytes at all, read as a registrant file, end in rows or in one clean import error:
 * never another exception, never a row with a replacement character or an invalid address.
 * Under plain {@code mvn verify} this runs the seeds in {@code CsvReaderFuzzTestInputs/}; to
 * fuzz, run it with {@code JAZZER_FUZZ=1} (see docs/development.md).
 */
class CsvReaderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void readerEndsInRowsOrACleanImportError(byte[] bytes) {
        ByteSource source = ByteSource.of(bytes, "fuzz.csv");
        try {
            FileLayout layout = LayoutDetector.detect(source, Set.of());
            assertThat(layout.header()).hasSameSizeAs(layout.mapping());
            try (RowReader reader = RowReader.open(source, layout, null, ZoneOffset.UTC, true)) {
                long previous = layout.headerLine();
                for (ReadRow r = reader.next(); r != null; r = reader.next()) {
                    assertThat(r.line()).isGreaterThan(previous);
                    previous = r.line();
                    if (r.isValid()) {
                        checkRow(r.row());
                    } else {
                        assertThat(r.problems()).anyMatch(p -> p.kind() == ReadProblem.Kind.ROW && !English.of(p.phrase()).isBlank());
                    }
                }
            }
        } catch (CsvReadException clean) {
            assertThat(clean.problem().kind()).isEqualTo(ReadProblem.Kind.FILE);
            assertThat(clean.problem().line()).isNotNegative();
            assertThat(clean.getMessage()).isNotBlank();
        }
    }

    private static void checkRow(RegistrantRow row) {
        assertThat(Emails.isValid(row.email())).isTrue();
        for (String text : new String[] {row.email(), row.firstName(), row.lastName(), row.organisation(),
            row.jobTitle(), row.city(), row.country(), row.language(), row.role(), row.notes()}) {
            assertThat(text).doesNotContain("\uFFFD");
        }
        row.customAnswers().forEach((question, answer) -> assertThat(question + answer).doesNotContain("\uFFFD"));
    }
}
