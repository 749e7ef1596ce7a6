package org.podium.exchange.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.domain.ExportDestination;

import static org.assertj.core.api.Assertions.assertThat;

/** A previewed export's first rows are the cells its writer's bytes hold, however they arrive. */
class WrittenRowsTest {
    private static final List<List<String>> ROWS = List.of(
            List.of("ana@example.org", "Ana; \"Nina\"", "Rossi, Jr"),
            List.of("zoe@example.org", "line\r\nbreak", "'=1+1"),
            List.of("mario@example.it", " Mario", "Θεσσαλονίκη 🎤"),
            List.of("piotr@example.pl", "", "Gdańsk"));

    /** The rows as the profile's writer writes them, each row its own piece. */
    private static List<byte[]> written(ExportProfile profile) throws IOException {
        List<byte[]> pieces = new java.util.ArrayList<>();
        for (List<String> row : ROWS) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CsvExportWriter writer = new CsvExportWriter(out, profile);
            writer.writeRow(row.toArray(new String[0]));
            writer.flush();
            pieces.add(out.toByteArray());
        }
        return pieces;
    }

    @Test
    void rowsWithQuotesDelimitersAndLineBreaksReadBackAsTheirCells() throws IOException {
        for (ExportDestination d : List.of(ExportDestination.MAILCHIMP, ExportDestination.BREVO)) {
            ExportProfile profile = ExportProfile.of(d);
            WrittenRows first = new WrittenRows(profile, 10);
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (byte[] piece : written(profile)) {
                all.write(piece);
            }
            first.write(all.toByteArray(), 0, all.size());
            assertThat(first.rows()).as(d.name()).isEqualTo(ROWS);
        }
    }

    @Test
    void itKeepsTheFirstRowsAcrossPiecesAndDropsWhatFollows() throws IOException {
        ExportProfile profile = ExportProfile.of(ExportDestination.MAILCHIMP);
        WrittenRows first = new WrittenRows(profile, 3);
        first.write(new byte[0], 0, 0);
        assertThat(first.rows()).isEmpty();
        List<byte[]> pieces = written(profile);
        first.write(pieces.get(0), 0, pieces.get(0).length);
        assertThat(first.rows()).isEqualTo(ROWS.subList(0, 1));
        for (byte[] piece : pieces.subList(1, pieces.size())) {
            first.write(piece, 0, piece.length);
        }
        assertThat(first.rows()).isEqualTo(ROWS.subList(0, 3));
    }

    @Test
    void aCellLongerThanAnImportAcceptsIsShownWhole() throws IOException {
        ExportProfile profile = ExportProfile.of(ExportDestination.BREVO);
        String name = "Ana ".repeat(CsvTokenizer.MAX_FIELD / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExportWriter writer = new CsvExportWriter(out, profile);
        writer.writeRow(new String[] {"ana@example.org", name, "Rossi"});
        writer.flush();
        WrittenRows first = new WrittenRows(profile, 20);
        first.write(out.toByteArray(), 0, out.size());
        assertThat(first.rows()).containsExactly(List.of("ana@example.org", name, "Rossi"));
    }
}
