package org.podium.cli.registrants;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.cli.common.LongCommand;
import org.podium.cli.common.ProgressLine;
import org.podium.service.book.BackupService;
import org.podium.service.Book;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code podium restore FILE}: replaces the book with a backup (or any Podium book) after
 * checking it, saving the current book in the backups folder first. The book is not opened,
 * so a book too damaged to open can still be restored; a book open in a window is refused.
 */
@Command(name = "restore", description = "Replace the book with a backup, after saving the current one.")
public final class RestoreCommand extends LongCommand {
    @Parameters(paramLabel = "FILE", description = "A backup, such as one 'backup list' shows.")
    Path file;

    @Override
    protected int run() {
        Path book = context().bookPath(db());
        BackupService.Restored r = BackupService.restoreUnlessOpen(book, file, context().clock(),
                progress(ProgressLine.Unit.BYTES));
        List<String> reErased;
        Book opened = book();
        // A backup from before an erasure must not bring the person back.
        reErased = opened.privacy().reapplyErasures();
        if (json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("book", book.toAbsolutePath().normalize().toString());
            m.put("restoredFrom", r.from().file().toString());
            m.put("schemaVersion", r.from().schemaVersion());
            m.put("events", r.from().events());
            m.put("people", r.from().people());
            m.put("registrations", r.from().registrations());
            m.put("previousBook", r.previousBook().map(Path::toString).orElse(null));
            m.put("erasedAgain", reErased.size());
            Json.print(out(), m);
            return ExitCode.OK;
        }
        out().println("Restored " + book.toAbsolutePath().normalize() + " from " + r.from().file() + " ("
                + r.from().events() + " events, " + r.from().people() + " people, " + r.from().registrations()
                + " registrations).");
        r.previousBook().ifPresent(p -> out().println("The book it replaced is saved as " + p + "."));
        if (!reErased.isEmpty()) {
            out().println(reErased.size() + " address(es) erased on request after that backup was taken were erased again.");
        }
        return ExitCode.OK;
    }
}
