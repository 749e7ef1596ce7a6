package org.podium.exchange.csv;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.podium.domain.FieldText;
import org.podium.domain.Utf8Text;

/**
 * Writes the rows of a profile from their fields' UTF-8 text ({@link FieldText}), so that a
 * large export copies a book's bytes to its file without a string or a registration per row.
 * A row is written exactly as {@link ExportProfile#render} and {@link CsvExportWriter#writeRow}
 * would write it: a field shown as it is goes straight from its bytes; a field made into another
 * value (a country's name, a status spelled out) has few values, each made once; the cells of
 * the tags are made once for each list of tags. One instance serves one thread.
 */
public final class FieldCells {
    /** How many values of one field are remembered; a field with more makes each again. */
    private static final int REMEMBERED = 64;

    private final List<ExportProfile.Column> columns;
    private final boolean reversible;
    private final CsvExportWriter writer;
    private final Utf8Text[] texts;
    private final Values[] values;
    private List<String> lastTags;
    private CsvExportWriter.Prepared[] tagCells;
    private int tagsNeutralised;

    public FieldCells(ExportProfile profile, CsvExportWriter writer) {
        this.columns = profile.columns();
        this.reversible = profile.reversible();
        this.writer = writer;
        this.texts = new Utf8Text[columns.size()];
        this.values = new Values[columns.size()];
        for (int i = 0; i < values.length; i++) {
            if (columns.get(i).derive() != null) {
                values[i] = new Values();
            }
        }
    }

    /**
     * Writes the row of {@code row}'s fields with these tags and returns how many cells were
     * neutralised; -1, having written nothing, when a field has no text at hand
     * ({@link FieldText#field} gave null), so the caller renders the row from the registration.
     */
    public int write(FieldText row, List<String> tags) throws IOException {
        for (int i = 0; i < texts.length; i++) {
            if (columns.get(i).field() != null && (texts[i] = row.field(columns.get(i).field())) == null) {
                return -1;
            }
        }
        if (tags != lastTags) {
            tagCells(tags);
        }
        int neutralised = tagsNeutralised;
        for (int i = 0; i < texts.length; i++) {
            ExportProfile.Column column = columns.get(i);
            if (column.field() == null) {
                writer.writeCell(tagCells[i]);
            } else if (column.derive() == null) {
                neutralised += writer.writeCell(texts[i], reversible) ? 1 : 0;
            } else {
                Value value = values[i].of(texts[i], column);
                writer.writeCell(value.cell());
                neutralised += value.dangerous() ? 1 : 0;
            }
        }
        writer.endRow();
        return neutralised;
    }

    private void tagCells(List<String> tags) {
        tagCells = new CsvExportWriter.Prepared[texts.length];
        tagsNeutralised = 0;
        for (int i = 0; i < texts.length; i++) {
            ExportProfile.Column column = columns.get(i);
            if (column.field() == null) {
                String value = column.value().apply(null, tags);
                tagsNeutralised += FormulaGuard.isDangerous(value) ? 1 : 0;
                tagCells[i] = writer.prepare(encode(value));
            }
        }
        lastTags = tags;
    }

    private String encode(String value) {
        return reversible ? FullProfile.encodeCell(value) : FormulaGuard.neutralise(value);
    }

    /** A field's value made into its cell. */
    private record Value(CsvExportWriter.Prepared cell, boolean dangerous) {
    }

    /** The cells made of a field's values so far, looked up by the value's bytes. */
    private final class Values {
        private final byte[][] keys = new byte[REMEMBERED][];
        private final Value[] cells = new Value[REMEMBERED];
        private int size;

        Value of(Utf8Text text, ExportProfile.Column column) {
            for (int i = 0; i < size; i++) {
                if (Arrays.equals(keys[i], 0, keys[i].length, text.bytes(), text.from(), text.to())) {
                    return cells[i];
                }
            }
            String value = column.derive().apply(text.toString());
            Value made = new Value(writer.prepare(encode(value)), FormulaGuard.isDangerous(value));
            if (size < REMEMBERED) {
                keys[size] = Arrays.copyOfRange(text.bytes(), text.from(), text.to());
                cells[size++] = made;
            }
            return made;
        }
    }
}
