package org.podium.service.export;

import java.util.List;

/** The first rows of an export exactly as they will be written, with the checks of the whole file. */
public record ExportPreview(List<String> header, List<List<String>> rows, ExportSummary summary) {
    public ExportPreview {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
