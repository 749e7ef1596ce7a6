package org.podium.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingDetectorTest {
    private static TextEncoding detect(byte[] bytes) {
        return EncodingDetector.detect(Files.bytes(bytes));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void byteOrderMarksDecide() {
        byte[] text = "Email\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(detect(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Email\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(new TextEncoding(StandardCharsets.UTF_8, 3, "UTF-8 with BOM", ""));
        assertThat(detect(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text)).charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(detect(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Email\n".getBytes(StandardCharsets.UTF_16BE)))
                .charset()).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void validUtf8IsUtf8WithoutNotice() {
        TextEncoding e = detect("Email;Città\nana@x.org;Forlì\n".getBytes(StandardCharsets.UTF_8));

        assertThat(e.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(e.hasNotice()).isFalse();
    }

    @Test
    void textThatIsNotUtf8IsWindows1252WithANotice() {
        TextEncoding e = detect("Email;Città\nana@x.org;Forlì €\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertThat(e.label()).isEqualTo("Windows-1252");
        assertThat(e.notice()).contains("not UTF-8").contains("Windows-1252");
    }

    @Test
    void oneLateAccentDecidesWhateverComesBefore() {
        String ascii = "Email\n" + "a@x.org\n".repeat(50_000);
        byte[] bytes = concat(ascii.getBytes(StandardCharsets.US_ASCII), "b@x.org,Forl\u00ec\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertThat(detect(bytes).label()).isEqualTo("Windows-1252");
    }

    @Test
    void aUtf8FileWithAFewDamagedBytesStaysUtf8SoItsLettersAreNotMisread() {
        byte[] good = "Email;Città\nana@x.org;Forlì\nbo@x.org;Città\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(good, new byte[] {'c', '@', 'x', '.', 'o', 'r', 'g', ';', (byte) 0xE8, '\n'});

        assertThat(detect(bytes).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf16WithoutAMarkIsRecognisedByItsZeroBytes() {
        assertThat(detect("Email\tName\nana@x.org\tAna\n".getBytes(StandardCharsets.UTF_16LE)).charset())
                .isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void filesThatAreNotTextAreRefusedByName() {
        assertThatThrownBy(() -> detect(new byte[0])).isInstanceOf(CsvReadException.class).hasMessage("The file is empty.");
        assertThatThrownBy(() -> detect(new byte[] {'P', 'K', 3, 4, 20, 0})).hasMessageContaining("workbook (.xlsx)");
        assertThatThrownBy(() -> detect("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).hasMessageContaining("PDF");
        assertThatThrownBy(() -> detect(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'E', 0, 0, 0}))
                .hasMessageContaining("UTF-32");
        assertThatThrownBy(() -> detect("Email\nana@x.org\nbad\0\n".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("Line 3 contains a NUL byte")
                .satisfies(e -> assertThat(((CsvReadException) e).problem().line()).isEqualTo(3));
    }

    @Test
    void aNulByteFarIntoTheFileIsReportedOnItsOwnLine() {
        StringBuilder text = new StringBuilder("Email,Name\n");
        for (int i = 0; i < 9_999; i++) {
            text.append("registrant").append(i).append("@example.org,Name ").append(i % 7 == 0 ? "" : "Surname").append('\n');
        }
        byte[] bytes = (text + "late@example.org,Late\0\n").getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> detect(bytes)).hasMessageContaining("Line 10001 contains a NUL byte");
    }

    @Test
    void oneLetterAnywhereInALongAsciiFileDecidesTheEncoding() {
        String ascii = "ana@x.org,Ana Costa,Lisboa\n".repeat(5_000);
        for (int offset = 0; offset < 8; offset++) {
            String line = "x".repeat(offset) + "@x.org,Forlì\n";
            assertThat(detect((ascii + line).getBytes(StandardCharsets.UTF_8)).hasNotice())
                    .as("UTF-8 letter at offset %d", offset).isFalse();
            assertThat(detect((ascii + line).getBytes(java.nio.charset.Charset.forName("windows-1252"))).hasNotice())
                    .as("Windows-1252 letter at offset %d", offset).isTrue();
        }
    }
}
