package org.podium.cli.registrants;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podium.cli.common.BookCommand;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.cli.common.LongCommand;
import org.podium.cli.common.OutputFile;
import org.podium.cli.common.ProgressLine;
import org.podium.service.book.BackupService;
import org.podium.service.Book;
import org.podium.service.common.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code podium backup [-o FILE]}: a checked copy of the book, by default today's daily copy in
 * the backups folder beside it (replacing one taken earlier today; seven are kept), so a cron
 * job gets the same rotation as the window. On a team book only {@code -o FILE} works, writing a
 * laptop book to take offline; its daily copies are the server's. The command line takes no backup by itself: the
 * window takes the daily one at start, and scripts call this when they want one.
 */
@Command(name = "backup", description = "Back up the book (today's daily copy, or -o FILE); 'backup list' lists the copies.",
        subcommands = BackupCommand.ListBackups.class)
public final class BackupCommand extends LongCommand {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the copy to this file instead (- for standard output).")
    Path output;

    @Override
    protected int run() throws Exception {
        // A team book's copy is a laptop book made row by row; a laptop book's, SQLite's bytes.
        boolean team = book().file().isEmpty();
        Progress progress = progress(team ? ProgressLine.Unit.ROWS : ProgressLine.Unit.BYTES);
        Path copy = output == null ? book().backups().backUpToday(progress)
                : book().backups().backUpTo(OutputFile.resolve(output), progress);
        if (json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("book", book().name().toString());
            m.put("backup", copy.toString());
            m.put("bytes", Files.size(copy));
            Json.print(out(), m);
        } else {
            out().println((team ? "Saved a laptop copy of the team book " + book().name() + " to " + copy
                    + " for offline work" : "Backed up " + book().name() + " to " + copy)
                    + " (checked with integrity_check).");
        }
        return ExitCode.OK;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Command(name = "list", description = "List the copies in the backups folder, newest first.")
    static final class ListBackups extends BookCommand {
        @Override
        protected int run() {
            Path book = context().bookPath(db()).toAbsolutePath().normalize();
            List<BackupService.Copy> copies = BackupService.copiesOf(book);
            if (json()) {
                Json.print(out(), copies.stream().map(c -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", c.file().toString());
                    m.put("kind", lower(c.kind()));
                    m.put("taken", c.taken().toString());
                    m.put("bytes", c.bytes());
                    return m;
                }).toList());
                return ExitCode.OK;
            }
            if (copies.isEmpty()) {
                out().println("No backups of " + book + " yet; 'backup' takes one.");
            }
            DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
            for (BackupService.Copy c : copies) {
                out().printf("%s  %-15s %10s  %s%n", when.format(c.taken()), lower(c.kind()), size(c.bytes()), c.file());
            }
            return ExitCode.OK;
        }
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
