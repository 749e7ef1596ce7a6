package org.podium.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.podium.English;

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
                .isEqualTo(new TextEncoding(StandardCharsets.UTF_8, 3, "UTF-8 with BOM", null));
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
        assertThat(English.of(e.notice())).contains("not UTF-8").contains("Windows-1252");
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

    @Test
    void theScanThatSkipsAsciiWordsCountsWhatTheByteByByteScanCounts() {
        byte[][] pieces = {"ana@x.org,".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
            "a".getBytes(StandardCharsets.UTF_8), "Forlì".getBytes(StandardCharsets.UTF_8),
            "Иван".getBytes(StandardCharsets.UTF_8), "東京".getBytes(StandardCharsets.UTF_8),
            "\ud83d\ude00".getBytes(StandardCharsets.UTF_8), {(byte) 0xE9}, {(byte) 0x80}, {(byte) 0xC0},
            {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {0}, {1}, {0x0A, 0x0A, 0x0B, 0x09}};
        java.util.Random random = new java.util.Random(23);
        for (int n = 0; n < 20_000; n++) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            for (int k = random.nextInt(40); k > 0; k--) {
                // NUL bytes are rare, so most texts are scanned to the end.
                byte[] piece = pieces[random.nextInt(pieces.length)];
                if (piece.length != 1 || piece[0] != 0 || random.nextInt(8) == 0) {
                    bytes.writeBytes(piece);
                }
            }
            byte[] all = bytes.toByteArray();
            int split = all.length == 0 ? 0 : random.nextInt(all.length);
            assertThat(scan(all, split, true)).as(java.util.Arrays.toString(all)).isEqualTo(scan(all, split, false));
        }
    }

    /** What a scan counts of the bytes fed in two buffers split at {@code split}, or the message it stops with. */
    private static String scan(byte[] all, int split, boolean skipAscii) {
        EncodingDetector.Utf8Scan scan = new EncodingDetector.Utf8Scan();
        try {
            for (byte[] part : new byte[][] {java.util.Arrays.copyOf(all, split),
                java.util.Arrays.copyOfRange(all, split, all.length)}) {
                byte[] buffer = java.util.Arrays.copyOf(part, part.length + 5);
                if (skipAscii) {
                    scan.feed(buffer, part.length);
                } else {
                    scan.feedByteByByte(buffer, part.length);
                }
            }
            scan.finish();
            return scan.counts();
        } catch (CsvReadException e) {
            return e.getMessage();
        }
    }
}
