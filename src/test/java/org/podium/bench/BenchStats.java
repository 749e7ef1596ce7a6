package org.podium.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians, percentiles and the machine's state, as the shipped benchmarks report them. */
final class BenchStats {
    private BenchStats() {
    }

    static void line(String what, List<Double> times) {
        List<Double> warm = times.subList(1, times.size());
        System.out.printf("  %-36s cold %6.1f | median %6.1f, min %6.1f, max %6.1f%n", what, times.get(0),
                median(warm), Collections.min(warm), Collections.max(warm));
    }

    // A collection can be skipped while a thread holds JNI critical memory (the renderer does),
    // so the smallest of a few readings is the honest one.
    static long heapInUse() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            least = Math.min(least, rt.totalMemory() - rt.freeMemory());
        }
        return least;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.replaceAll(".*:\\s*", ""))
                    .orElse(System.getProperty("os.arch"));
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    static void report(String what, List<Double> model, List<Double> laidOut) {
        System.out.printf("  %-40s filtered list: median %5.1f, p95 %5.1f, max %5.1f | table laid out: median %5.1f,"
                + " p95 %5.1f, max %5.1f  (%d keys)%n", what, median(model), percentile(model, 95),
                Collections.max(model), median(laidOut), percentile(laidOut, 95), Collections.max(laidOut), model.size());
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
