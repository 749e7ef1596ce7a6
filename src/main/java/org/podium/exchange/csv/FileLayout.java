package org.podium.exchange.csv;

import java.util.List;
import org.podium.domain.RegistrantField;
import org.podium.domain.ReportFormat;

/**
 * What detection learned about a file: its encoding, format, delimiter, the physical line of
 * the header (after any report preamble), the header itself, the field each column fills by
 * default, and the order of its numeric dates.
 */
public record FileLayout(TextEncoding encoding, ReportFormat format, char delimiter, long headerLine,
                         List<String> header, List<RegistrantField> mapping, DateOrder dateOrder,
                         boolean sectioned) {
    public FileLayout {
        header = List.copyOf(header);
        mapping = List.copyOf(mapping);
    }

    /** The delimiter as people name it: "," ";" "tab" or "|". */
    public String delimiterName() {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }
}
