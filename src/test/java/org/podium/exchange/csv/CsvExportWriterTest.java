package org.podium.exchange.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.podium.domain.Utf8Text;
import org.junit.jupiter.api.Test;
import org.podium.domain.ExportDestination;

import static org.assertj.core.api.Assertions.assertThat;

/** A cell written from UTF-8 bytes is exactly the cell written from the same text, neutralised. */
class CsvExportWriterTest {
    @Test
    void textFromBytesIsWrittenAsTheNeutralisedStringWouldBe() throws IOException {
        Random random = new Random(3);
        String[] pieces = {"a", " ", "  ", "\t", "\r", "\n", ",", ";", "\"", "'", "=", "+", "-", "@", "ë", "Θ", "🎤",
            "\u3000", "\0", "x"};
        for (ExportDestination d : new ExportDestination[] {ExportDestination.MAILCHIMP, ExportDestination.BREVO}) {
            ExportProfile profile = ExportProfile.of(d);
            for (int n = 0; n < 20_000; n++) {
                StringBuilder cell = new StringBuilder();
                for (int k = random.nextInt(6); k > 0; k--) {
                    cell.append(pieces[random.nextInt(pieces.length)]);
                }
                String text = cell.toString();
                byte[] utf8 = ("<" + text + ">").getBytes(StandardCharsets.UTF_8);

                ByteArrayOutputStream fromBytes = new ByteArrayOutputStream();
                CsvExportWriter bytes = new CsvExportWriter(fromBytes, profile);
                boolean neutralised = bytes.writeCell(new Utf8Text(utf8, 1, utf8.length - 1));
                bytes.writeCell(new Utf8Text(utf8, 1, utf8.length - 1));
                bytes.endRow();
                bytes.flush();
                ByteArrayOutputStream fromText = new ByteArrayOutputStream();
                CsvExportWriter strings = new CsvExportWriter(fromText, profile);
                String safe = FormulaGuard.neutralise(text);
                strings.writeRow(new String[] {safe, safe});
                strings.flush();

                assertThat(fromBytes.toByteArray()).as(text).isEqualTo(fromText.toByteArray());
                assertThat(neutralised).as(text).isEqualTo(FormulaGuard.isDangerous(text));
            }
        }
    }

    @Test
    void aReversibleCellAndAPreparedCellAreWrittenAsTheirStringsWouldBe() throws IOException {
        Random random = new Random(7);
        String[] pieces = {"a", " ", "\t", "\r", "\n", ",", ";", "\"", "'", "=", "+", "-", "@", "ë", "🎤", "\u3000"};
        for (ExportDestination d : ExportDestination.values()) {
            ExportProfile profile = ExportProfile.of(d);
            for (int n = 0; n < 5_000; n++) {
                StringBuilder cell = new StringBuilder();
                for (int k = random.nextInt(5); k > 0; k--) {
                    cell.append(pieces[random.nextInt(pieces.length)]);
                }
                String text = cell.toString();
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                String encoded = d == ExportDestination.FULL ? FullProfile.encodeCell(text) : FormulaGuard.neutralise(text);

                ByteArrayOutputStream fromBytes = new ByteArrayOutputStream();
                CsvExportWriter bytes = new CsvExportWriter(fromBytes, profile);
                boolean dangerous = bytes.writeCell(new Utf8Text(utf8, 0, utf8.length), d == ExportDestination.FULL);
                bytes.writeCell(bytes.prepare(encoded));
                bytes.endRow();
                bytes.flush();
                ByteArrayOutputStream fromText = new ByteArrayOutputStream();
                CsvExportWriter strings = new CsvExportWriter(fromText, profile);
                strings.writeRow(new String[] {encoded, encoded});
                strings.flush();

                assertThat(fromBytes.toByteArray()).as(d + " " + text).isEqualTo(fromText.toByteArray());
                assertThat(dangerous).as(text).isEqualTo(FormulaGuard.isDangerous(text));
            }
        }
    }
}
