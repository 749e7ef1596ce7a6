package org.podium.cli.common;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podium.domain.ReportFormat;
import org.podium.service.importing.ImportProblem;

/** How the import commands print problems and formats, the same for registrants and attendance. */
public final class ImportReport {
    private static final int NOTICES_PRINTED = 20;

    private ImportReport() {
    }

    /** Whether the problems stop the import: one about the whole file, or a bad row not skipped. */
    public static boolean failed(List<ImportProblem> errors, long errorCount, boolean skipInvalid) {
        boolean fileProblem = errors.stream().anyMatch(p -> p.kind() == ImportProblem.Kind.FILE);
        return fileProblem || errorCount > 0 && !skipInvalid;
    }

    /** Each error as "file:line: message" on the error stream, as compilers and linters do. */
    public static void printErrors(PrintWriter err, String file, List<ImportProblem> errors, long errorCount) {
        for (ImportProblem p : errors) {
            err.println(located(file, p));
        }
        if (errorCount > errors.size()) {
            err.println(file + ": and " + (errorCount - errors.size()) + " more problems.");
        }
    }

    public static void printNotices(PrintWriter out, String file, List<ImportProblem> notices, long noticeCount) {
        notices.stream().limit(NOTICES_PRINTED).forEach(p -> out.println(located(file, p)));
        if (noticeCount > NOTICES_PRINTED) {
            out.println(file + ": and " + (noticeCount - NOTICES_PRINTED) + " more notices (see --json).");
        }
    }

    private static String located(String file, ImportProblem p) {
        return file + (p.line() > 0 ? ":" + p.line() : "") + ": " + english(p);
    }

    /** The command line speaks English, whatever the window's language. */
    private static String english(ImportProblem p) {
        return p.phrase().in(Locale.ENGLISH);
    }

    public static List<Map<String, Object>> json(List<ImportProblem> problems) {
        return problems.stream().map(p -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("line", p.line());
            o.put("kind", EventJson.lower(p.kind()));
            o.put("message", english(p));
            return o;
        }).toList();
    }

    /**
     * An import summary as JSON: the file, its format and rows, then the command's own counts,
     * then the problems and whether anything was written, the same for registrants and attendance.
     */
    public static Map<String, Object> json(String file, ReportFormat format, long rows, Map<String, Object> counts,
                                    Problems problems) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", file);
        o.put("format", format(format));
        o.put("rows", rows);
        o.putAll(counts);
        o.put("errors", json(problems.errors()));
        o.put("errorCount", problems.errorCount());
        o.put("notices", json(problems.notices()));
        o.put("noticeCount", problems.noticeCount());
        o.put("dryRun", problems.dryRun());
        o.put("written", problems.written());
        return o;
    }

    /** What both summaries say after their counts. */
    public record Problems(List<ImportProblem> errors, long errorCount, List<ImportProblem> notices, long noticeCount,
                    boolean dryRun, boolean written) {
    }

    static String format(ReportFormat format) {
        return format == null ? null : EventJson.lower(format);
    }

    public static String describe(ReportFormat format) {
        return format == null ? "unreadable" : format.description();
    }
}
