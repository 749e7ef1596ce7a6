package org.podium.ui.panel;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Puts a cue sheet on paper, as the pages of its PDF drawn as pictures; the window's printer
 * asks the user which printer to use.
 */
@FunctionalInterface
public interface CueSheetPrinter {
    /** How printing went. */
    enum Outcome {
        PRINTED, CANCELLED, NO_PRINTER, FAILED
    }

    Outcome print(String title, List<BufferedImage> pages);
}
