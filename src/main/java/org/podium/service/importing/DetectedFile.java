package org.podium.service.importing;

import java.nio.file.Path;
import org.podium.exchange.csv.ByteSource;
import org.podium.exchange.csv.CsvReadException;
import org.podium.exchange.csv.FileLayout;
import org.podium.exchange.csv.LayoutDetector;

/**
 * A file opened for an import or an attendance report, with its layout as detected, or the
 * problem that stopped the detection: the one way the preview, the import and the
 * reconciliation start reading a file.
 *
 * @param layout  the detected layout; null when {@code problem} says why there is none
 * @param problem why no layout could be detected; null when there is one
 */
record DetectedFile(ByteSource source, FileLayout layout, ImportProblem problem) {
    static DetectedFile of(Path file, ImportOptions options) {
        ByteSource source = ByteSource.of(file);
        try {
            return new DetectedFile(source, LayoutDetector.detect(source, options.allowed()), null);
        } catch (CsvReadException e) {
            return new DetectedFile(source, null, ImportProblem.of(e.problem()));
        }
    }

    /** Whether the layout could not be detected. */
    boolean failed() {
        return problem != null;
    }
}
