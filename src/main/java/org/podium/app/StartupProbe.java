package org.podium.app;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Measures start-up for the benchmark: with {@code PODIUM_MEASURE_STARTUP=1} it prints how long
 * the process took to show an interactive window, then closes that window a second later.
 */
final class StartupProbe {
    /** The environment variable that turns the probe on; a launcher passes it through untouched. */
    static final String VARIABLE = "PODIUM_MEASURE_STARTUP";
    /** The line the benchmark and the smoke test look for on standard error. */
    static final String PREFIX = "podium.startup.ms=";
    /** USER_HZ: 100 on every Linux Podium runs on (sysconf would need native code). */
    private static final long TICKS_PER_SECOND = 100;
    private static final javafx.util.Duration SETTLE = javafx.util.Duration.seconds(1);

    private StartupProbe() {
    }

    /**
     * With the probe on, prints when a phase of start-up ended, to see where the time goes. The
     * wall clock ({@code at=}) is there because the process's start time that Linux gives is
     * only exact to the second, so phases are best compared with the moment of launch.
     */
    static void mark(String phase) {
        if (enabled(System.getenv())) {
            Instant now = Instant.now();
            System.err.println("podium.startup.phase." + phase + "=" + sinceProcessStart(now).toMillis()
                    + " at=" + now.toEpochMilli() + cpu(" thread.cpu.ms=", "/proc/thread-self/stat"));
        }
    }

    static boolean enabled(Map<String, String> env) {
        String value = env.get(VARIABLE);
        return value != null && !value.isBlank() && !"0".equals(value) && !"false".equalsIgnoreCase(value);
    }

    /**
     * Reports once the stage has been shown, a frame has been drawn and the FX thread is idle
     * again: that is when a click would be handled. The reported line also carries the wall
     * clock, so the benchmark can check it against the moment it launched the process.
     */
    static void watch(Stage stage, PrintStream err, Consumer<Stage> then) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(WindowEvent shown) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        stop();
                        // The timer fires in the pulse that renders the first frame; what is
                        // queued behind it runs once that pulse is over.
                        Platform.runLater(() -> {
                            Instant at = Instant.now();
                            err.println(PREFIX + sinceProcessStart(at).toMillis() + " at=" + at.toEpochMilli()
                                    + cpu(" cpu.ms=", "/proc/self/stat") + cpu(" fx.cpu.ms=", "/proc/thread-self/stat"));
                            err.flush();
                            // The lists are still loading in the background; closing in the
                            // middle of that would measure nothing and only make noise.
                            PauseTransition settle = new PauseTransition(SETTLE);
                            settle.setOnFinished(e -> then.accept(stage));
                            settle.play();
                        });
                    }
                }.start();
            }
        });
    }

    /**
     * The CPU time, user and system, that Linux counts for this process or thread, as
     * {@code label} and milliseconds; empty where there is no {@code /proc}. Unlike the time
     * to the window, it hardly depends on what else the machine is doing.
     */
    static String cpu(String label, String statFile) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of(statFile));
            // Fields 14 and 15 (utime, stime) come after the command name, which may hold spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return label + ticks * 1000 / TICKS_PER_SECOND;
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    /**
     * The time since the operating system started this process, which includes the native
     * launcher and the JVM's own start, not only the time since main().
     */
    static Duration sinceProcessStart(Instant now) {
        return ProcessHandle.current().info().startInstant().map(start -> Duration.between(start, now))
                .orElse(Duration.ZERO);
    }
}
