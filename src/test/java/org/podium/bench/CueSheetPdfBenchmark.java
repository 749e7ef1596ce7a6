package org.podium.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.podium.exchange.pdf.PdfSheet;
import org.podium.exchange.pdf.PdfSheetWriter;

/**
 * Times the cue sheet PDF: a one-word link of 20,000 characters (the budget is under a second;
 * the old wrap re-measured the line one character at a time and took minutes) and a sheet of
 * names in Arabic, Hebrew, Chinese, Japanese, Korean and emoji, whose fonts come from
 * fontconfig. Not a test: run it with the command in README.md ("Performance"); argument: [RUNS].
 */
public final class CueSheetPdfBenchmark {
    private CueSheetPdfBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String link = "https://example.org/" + "abcdefghij".repeat(1998);
        PdfSheet longLink = sheet(new PdfSheet.Line(PdfSheet.Look.TEXT, 0, List.of(110), List.of("Access link", link)));
        PdfSheet names = sheet(new PdfSheet.Line(PdfSheet.Look.TEXT, 0, List.of(22),
                List.of("1.", "محمد عبد الله, דוד לוי, 王小明, 山田 はなこ, 김민준, Anna 🎉")));
        System.out.println("Cue sheet PDF, " + runs + " runs, load " + BenchStats.loadAverage());
        BenchStats.line("20,000-character link (ms)", times(longLink, runs));
        BenchStats.line("names in six scripts (ms)", times(names, runs));
    }

    private static PdfSheet sheet(PdfSheet.Line line) {
        return new PdfSheet("Benchmark", Instant.EPOCH, List.of(line));
    }

    private static List<Double> times(PdfSheet sheet, int runs) throws IOException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            new PdfSheetWriter().write(sheet, new ByteArrayOutputStream());
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times;
    }
}
