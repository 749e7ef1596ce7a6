package org.podium.ui.panel;

import org.podium.service.CueSheet;

/** Puts a cue sheet on paper; the window's printer asks the user which printer to use. */
@FunctionalInterface
public interface CueSheetPrinter {
    /** How printing went. */
    enum Outcome {
        PRINTED, CANCELLED, NO_PRINTER, FAILED
    }

    Outcome print(CueSheet sheet);
}
