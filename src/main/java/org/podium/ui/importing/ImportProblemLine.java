package org.podium.ui.importing;

import org.podium.service.importing.ImportProblem;
import org.podium.ui.common.Messages;

/** One problem as the dialog lists it: "Line 12", the sentence, and whether it keeps something out. */
public record ImportProblemLine(String where, String message, boolean error) {
    static ImportProblemLine of(ImportProblem p) {
        return new ImportProblemLine(p.line() > 0 ? Messages.get("import.problem.line", p.line())
                : Messages.get("import.problem.file"), Messages.say(p.phrase()), p.isError());
    }
}
