package org.podium.service.importing;

import java.nio.file.Path;
import java.util.List;
import org.podium.domain.Phrase;
import org.podium.domain.RegistrantField;
import org.podium.domain.Registration;
import org.podium.domain.ReportFormat;

/**
 * What importing a file would do, shown before anything is written: how the file was read
 * (format, encoding with any notice, delimiter, date order, header line), the field each
 * column fills, the first rows exactly as they would be stored, every problem with its line
 * (the first {@link ProblemList#LISTED} of each kind are listed; the counts are complete), and
 * the counts of rows.
 * <p>
 * When the file cannot be read as far as its header (empty, not text, unreadable),
 * {@code format} is null, {@code columns} and {@code rows} are empty and {@code problems}
 * says why. Pass a changed {@link #mapping()} back through {@link ImportOptions#withMapping}
 * to preview or import with other column choices.
 *
 * @param errorRows         rows with a problem that keeps them out (a row with two counts once)
 * @param encodingNotice    what to check when the encoding was a guess; null when there is nothing
 * @param dataRows          rows under the header, blank lines not counted
 * @param validRows         rows that can be imported (duplicates within the file included)
 * @param duplicatesInFile  rows whose address appeared earlier in the file; the first is kept
 * @param alreadyRegistered distinct addresses in the file the event already has
 * @param erasedSkipped     rows the import leaves out because their address was erased on request
 */
public record ImportPreview(Path file, ReportFormat format, String encoding, Phrase encodingNotice, String delimiter,
                            String dateOrder, long headerLine, List<Column> columns, List<PreviewRow> rows,
                            List<ImportProblem> problems, long errorRows, long noticeCount, long dataRows,
                            long validRows, long duplicatesInFile, long alreadyRegistered,
                            long erasedSkipped) {
    /** How many rows a preview shows. */
    public static final int ROWS_SHOWN = 20;

    public ImportPreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /**
     * One column: its position (0-based), its heading, the field it fills now, and the field
     * detection chose for it.
     */
    public record Column(int index, String header, RegistrantField field, RegistrantField detected) {
    }

    /** What a row does to the book. */
    public enum Outcome {
        /** A new registrant (their status says whether they got a seat or wait). */
        ADD,
        /** A registrant the event has, given the file's values. */
        UPDATE,
        /** A registrant the event has, left as they are. */
        KEEP
    }

    /** One row of the file as it would be stored, with the line it is on. */
    public record PreviewRow(long line, Registration registration, Outcome outcome) {
    }

    /** The field of every column in order: what {@link ImportOptions#withMapping} takes. */
    public List<RegistrantField> mapping() {
        return columns.stream().map(Column::field).toList();
    }

    /** Whether importing would write anything: no file problem and some rows, and no bad row unless they are skipped. */
    public boolean canImport(boolean skipInvalid) {
        boolean fileProblem = problems.stream().anyMatch(p -> p.kind() == ImportProblem.Kind.FILE);
        return format != null && !fileProblem && validRows > 0 && (skipInvalid || errorRows == 0);
    }
}
