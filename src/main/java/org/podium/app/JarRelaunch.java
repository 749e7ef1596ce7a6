package org.podium.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Gives {@code java -jar podium.jar COMMAND} the Java options of the installed command line
 * (installer/linux/podium-cli.properties: a 192 MiB heap and the serial collector). Started
 * from the jar, the JVM sizes its heap from the machine's memory and a million-row import grew to
 * 563 MiB, against 191 MiB installed: a command started that way runs again in a JVM with those
 * options, its standard streams handed over as they are, and its exit code is this one's.
 */
final class JarRelaunch {
    /** Set in the second JVM, so that it runs the command instead of starting a third. */
    static final String MARK = "podium.relaunched";
    /** The budget's heap: above it, the JVM was not given the command line's options. */
    private static final long BUDGET = 256L << 20;

    private JarRelaunch() {
    }

    /**
     * The command to start again, when this JVM was started with {@code -jar} and a command,
     * without the command line's heap limit; empty otherwise (the installed launcher, tests and
     * the window run in this JVM).
     */
    static Optional<List<String>> command(String[] args) {
        return command(args, System.getProperty("java.class.path", ""), System.getProperty("sun.java.command", ""),
                Runtime.getRuntime().maxMemory(), Boolean.getBoolean(MARK));
    }

    /** As {@link #command(String[])}, given this JVM's class path, command, heap limit and mark. */
    static Optional<List<String>> command(String[] args, String jar, String launched, long maxHeap, boolean again) {
        if (args.length == 0 || again || !jar.endsWith(".jar") || jar.contains(java.io.File.pathSeparator)
                || !launched.startsWith(jar) || maxHeap <= BUDGET) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options());
        command.add("-D" + MARK + "=true");
        command.add("-jar");
        command.add(jar);
        command.addAll(Arrays.asList(args));
        return Optional.of(command);
    }

    /** Runs {@code command} on this process's own standard streams and returns its exit code. */
    static int run(List<String> command) {
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            // A terminated parent takes the command with it, as when the command ran here.
            Thread stop = new Thread(child::destroy);
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return code;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** The launcher's options less its class-data-sharing archive, which only the package has. */
    static List<String> options() {
        try (InputStream in = JarRelaunch.class.getResourceAsStream("podium-cli.properties")) {
            if (in == null) {
                return List.of();
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("java-options=")) {
                    return Arrays.stream(line.substring("java-options=".length()).strip().split(" +"))
                            .filter(o -> !o.startsWith("-XX:SharedArchiveFile=") && !o.startsWith("-Xshare:"))
                            .toList();
                }
            }
            return List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
