package org.podium.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.English;

class CsvTokenizerTest {
    private static List<CsvRecord> records(byte[] bytes, TextEncoding encoding, char delimiter) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream(bytes), encoding, delimiter)) {
            for (CsvRecord r = t.record(); r != null; r = t.record()) {
                records.add(r);
            }
        }
        return records;
    }

    private static List<CsvRecord> records(String text) throws IOException {
        return records(text.getBytes(StandardCharsets.UTF_8), TextEncoding.utf8(), ',');
    }

    @Test
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaksAndCountPhysicalLines() throws IOException {
        List<CsvRecord> records = records("a,\"b, \"\"c\"\"\",d\r\n\"multi\r\nline\nvalue\",x,y\r\nlast,1,2");

        assertThat(records).hasSize(3);
        assertThat(records.get(0).fields()).containsExactly("a", "b, \"c\"", "d");
        assertThat(records.get(0).firstLine()).isEqualTo(1);
        assertThat(records.get(1).fields()).containsExactly("multi\r\nline\nvalue", "x", "y");
        assertThat(records.get(1).firstLine()).isEqualTo(2);
        assertThat(records.get(1).lastLine()).isEqualTo(4);
        assertThat(records.get(2).firstLine()).isEqualTo(5);
        assertThat(records.get(2).fields()).containsExactly("last", "1", "2");
    }

    @Test
    void aLoneCarriageReturnEndsALineAndAnEmptyLineIsABlankRecord() throws IOException {
        List<CsvRecord> records = records("a,b\rc,d\n\ne,f\n");

        assertThat(records).extracting(CsvRecord::firstLine).containsExactly(1L, 2L, 3L, 4L);
        assertThat(records.get(2).isBlank()).isTrue();
        assertThat(records.get(3).fields()).containsExactly("e", "f");
    }

    @Test
    void spacesAroundAQuotedFieldAreDroppedAndAStrayQuoteInsideAFieldIsKept() throws IOException {
        List<CsvRecord> records = records("a, \"b, c\" ,5\" screen\n");

        assertThat(records.get(0).fields()).containsExactly("a", "b, c", "5\" screen");
        assertThat(records.get(0).problem()).isNull();
    }

    @Test
    void aQuoteThatNeverClosesStopsTheFileAtTheLineItOpened() {
        assertThatThrownBy(() -> records("a,b\nc,\"d\ne,f\ng,h\n"))
                .isInstanceOf(CsvReadException.class)
                .satisfies(e -> assertThat(((CsvReadException) e).problem().line()).isEqualTo(2))
                .hasMessageContaining("opened on line 2 is never closed");
    }

    @Test
    void textAfterAClosingQuoteMarksTheRecordAndReadingGoesOn() throws IOException {
        List<CsvRecord> records = records("\"ab\"cd,e\nf,g\n");

        assertThat(English.of(records.get(0).problem())).contains("text after the closing quote of field 1");
        assertThat(records.get(1).problem()).isNull();
        assertThat(records.get(1).fields()).containsExactly("f", "g");
    }

    @Test
    void anOverlongFieldIsMarkedNotHeldAndTheNextRecordIsReadWhole() throws IOException {
        String huge = "x".repeat(CsvTokenizer.MAX_FIELD * 3);
        List<CsvRecord> records = records("a,\"" + huge + "\",b\nnext,1,2\n");

        assertThat(English.of(records.get(0).problem())).contains("longer than 65,536 characters");
        assertThat(records.get(0).fields().get(1)).hasSize(CsvTokenizer.MAX_FIELD);
        assertThat(records.get(1).fields()).containsExactly("next", "1", "2");
        assertThat(records.get(1).firstLine()).isEqualTo(2);
    }

    @Test
    void invalidBytesAreLeftOutNeverReplacedAndTheirLineIsNamed() throws IOException {
        byte[] bytes = "ok,1\nbad,\u00e8\nfine,2\n".getBytes(StandardCharsets.ISO_8859_1);

        List<CsvRecord> records = records(bytes, TextEncoding.utf8(), ',');

        assertThat(records.get(0).problem()).isNull();
        assertThat(English.of(records.get(1).problem())).contains("not valid UTF-8 text (0xE8)");
        assertThat(records.get(1).problemLine()).isEqualTo(2);
        assertThat(records.get(1).fields()).containsExactly("bad", "");
        assertThat(records.get(2).problem()).isNull();
        assertThat(String.join("", records.get(1).fields())).doesNotContain("\uFFFD");
    }

    @Test
    void windows1252UndefinedBytesAreInvalidWithTheirLine() throws IOException {
        byte[] bytes = {'a', ',', 'b', '\n', 'c', ',', (byte) 0x81, '\n'};
        TextEncoding cp1252 = new TextEncoding(TextEncoding.WINDOWS_1252, 0, "Windows-1252", null);

        List<CsvRecord> records = records(bytes, cp1252, ',');

        assertThat(English.of(records.get(1).problem())).contains("not valid Windows-1252 text (0x81)");
        assertThat(records.get(1).problemLine()).isEqualTo(2);
    }

    @Test
    void aTruncatedSequenceAtTheVeryEndIsReportedOnItsOwnLine() throws IOException {
        byte[] bytes = {'a', ',', 'b', '\n', (byte) 0xC3};

        List<CsvRecord> records = records(bytes, TextEncoding.utf8(), ',');

        assertThat(records).hasSize(2);
        assertThat(English.of(records.get(1).problem())).contains("0xC3");
        assertThat(records.get(1).firstLine()).isEqualTo(2);
    }

    @Test
    void rawLinesIgnoreQuotesForReadingAPreamble() throws IOException {
        try (CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream("Report,\"x\ny\"\nnext\n"
                .getBytes(StandardCharsets.UTF_8)), TextEncoding.utf8(), ',')) {
            assertThat(t.rawLine()).isEqualTo("Report,\"x");
            assertThat(t.rawLine()).isEqualTo("y\"");
            assertThat(t.line()).isEqualTo(3);
            assertThat(t.rawLine()).isEqualTo("next");
            assertThat(t.rawLine()).isNull();
        }
    }
}
