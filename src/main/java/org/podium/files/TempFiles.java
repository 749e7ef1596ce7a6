package org.podium.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The hidden temporary files every Podium writer stages a file in before renaming it over its
 * target ({@code .registrants.csv.3f9a0c1d2e4b5a67.tmp} beside {@code registrants.csv}): their
 * one naming, the cleaning of those a killed process left behind, and the permissions the
 * replaced file had.
 */
public final class TempFiles {
    /**
     * How old a leftover must be before it is removed. A running writer touches its file with
     * every write (an export, SQLite's VACUUM INTO); the longest quiet stretch is the integrity
     * check of a staged backup, seconds even for a large book. Half an hour of silence therefore
     * means the writer is gone, and waiting that long costs only some disk space for a while.
     */
    public static final Duration STALE_AFTER = Duration.ofMinutes(30);

    /** Podium's own naming exactly: a dot, the target's name, a dot, 1–16 lower-case hex digits, ".tmp". */
    private static final Pattern OURS = Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.tmp");

    private TempFiles() {
    }

    /** A fresh hidden name beside {@code target} to stage it in. */
    public static Path beside(Path target) {
        return target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    }

    /**
     * Removes the temporary files a killed export or backup left in {@code folder}. Only a
     * regular file (not a link, not a folder) named exactly as {@link #beside} names them and
     * untouched for {@link #STALE_AFTER} is removed: a writer still running, in this process or
     * another, keeps its file fresh, and another program's files do not have this shape. Ages
     * are measured against the system clock, which is what stamped the files' times. A file
     * that cannot be removed is left: this is tidying, and the write that called it goes on.
     *
     * @return how many files were removed
     */
    public static int removeStale(Path folder) {
        Instant cutoff = Instant.now().minus(STALE_AFTER);
        int removed = 0;
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path candidate : candidates) {
                if (isStale(candidate, cutoff) && Files.deleteIfExists(candidate)) {
                    removed++;
                }
            }
        } catch (IOException | SecurityException e) {
            // An unreadable folder: the write that follows will report it in its own words.
        }
        return removed;
    }

    private static boolean isStale(Path candidate, Instant cutoff) {
        if (!OURS.matcher(candidate.getFileName().toString()).matches()) {
            return false;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(candidate, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false; // gone already, or not ours to judge
        }
    }

    /**
     * Gives the staged file the permissions of the file it is about to replace, so that a
     * private (0600) file stays private; a new file keeps those its creation gave it.
     */
    public static void keepPermissions(Path target, Path staged) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(staged, PosixFileAttributeView.class);
        if (view != null && Files.exists(target)) {
            view.setPermissions(Files.getPosixFilePermissions(target));
        }
    }

    /**
     * Removes a staged file that was not renamed into place. One that cannot be removed is left:
     * the write already succeeded or failed with its own message, and a leftover hidden file is
     * the lesser harm than hiding that outcome ({@link #removeStale} cleans it later).
     */
    public static void discard(Path staged) {
        try {
            Files.deleteIfExists(staged);
        } catch (IOException e) {
            // See above: the outcome being reported matters more.
        }
    }
}
