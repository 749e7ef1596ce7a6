package org.podium.service.privacy;

import org.podium.service.common.FileWriteException;
import org.podium.service.common.BookFiles;
import org.podium.service.common.SafeFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The side file {@code <book>.erasures} that remembers which addresses were erased on request,
 * so that restoring a backup taken before an erasure cannot bring a person back. It holds only
 * salted SHA-256 digests (the salt is the file's first line), never an address: the book can
 * recognise an erased address when it sees it again, but nobody can read the list.
 */
public final class ErasureLog {
    private static final String SALT = "salt ";

    private final Path file;

    public ErasureLog(Path book) {
        this.file = BookFiles.erasureLogOf(book);
    }

    /**
     * Adds the address (already normalised) to the log, creating the file with its salt if
     * needed. An erasure records first and erases after: a log that cannot be read or written
     * stops it before anything is erased, so no erasure is ever left out of the log.
     */
    void record(String key) {
        try {
            if (!Files.exists(file)) {
                byte[] salt = new byte[16];
                new SecureRandom().nextBytes(salt);
                SafeFiles.forSideFiles().write(file, out -> out.write((SALT + HexFormat.of().formatHex(salt) + "\n")
                        .getBytes(StandardCharsets.US_ASCII)));
            }
            String digest = digest(salt(), key);
            if (!digests().contains(digest)) {
                Files.writeString(file, digest + "\n", StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new FileWriteException("The erasure log " + file + " cannot be " + (Files.isReadable(file)
                    && Files.isRegularFile(file) ? "written" : "read") + " (" + reason(e) + "), so the erasure could"
                    + " not be recorded; nothing was erased. Make it a readable, writable file again (or move it away"
                    + " if it is not Podium's) and try again.", e);
        }
    }

    /**
     * Refuses, before anything changes, when the log is there but cannot be read: after a
     * restore it must be read to erase again the people a backup still holds.
     */
    public void checkReadable(String doing) {
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            salt();
            digests();
        } catch (IOException e) {
            throw new FileWriteException("The erasure log " + file + " cannot be read (" + reason(e) + "), and without"
                    + " it the book cannot be " + doing + " safely: people erased on request could come back."
                    + " Nothing was changed. Make it readable again (or move it away if it is not Podium's) and"
                    + " try again.", e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The addresses among {@code candidates} (normalised) that were erased on request. */
    List<String> erasedAmong(List<String> candidates) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            String salt = salt();
            Set<String> digests = digests();
            return candidates.stream().filter(key -> digests.contains(digest(salt, key))).toList();
        } catch (IOException e) {
            throw new FileWriteException("Cannot read the erasure log " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Everything the log holds, read once, to test many addresses without reading it again;
     * an absent log erased nothing.
     */
    Snapshot snapshot() {
        if (!Files.exists(file)) {
            return Snapshot.NONE;
        }
        try {
            return new Snapshot(salt(), digests());
        } catch (IOException e) {
            throw new FileWriteException("Cannot read the erasure log " + file + ": " + e.getMessage(), e);
        }
    }

    /** The log's salt and digests; not for use by two threads at once (it keeps one digester). */
    static final class Snapshot {
        /** The log of a book that has erased nothing, or has no log (a team book, which cannot be restored over). */
        static final Snapshot NONE = new Snapshot("", Set.of());
        private final byte[] salt;
        private final Set<String> digests;
        private MessageDigest sha;

        private Snapshot(String salt, Set<String> digests) {
            this.salt = salt.getBytes(StandardCharsets.US_ASCII);
            this.digests = Set.copyOf(digests);
        }

        boolean isEmpty() {
            return digests.isEmpty();
        }

        /** Whether the address (normalised) was erased on request. */
        boolean contains(String key) {
            if (digests.isEmpty()) {
                return false;
            }
            if (sha == null) {
                sha = sha256();
            }
            sha.update(salt);
            return digests.contains(HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8))));
        }
    }

    private String salt() throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        if (lines.isEmpty() || !lines.get(0).startsWith(SALT)) {
            throw new IOException("it does not start with its salt");
        }
        return lines.get(0).substring(SALT.length());
    }

    private Set<String> digests() throws IOException {
        return Files.readAllLines(file, StandardCharsets.US_ASCII).stream().skip(1).map(String::strip)
                .filter(line -> !line.isEmpty()).collect(Collectors.toSet());
    }

    private static String digest(String salt, String key) {
        MessageDigest sha = sha256();
        sha.update(salt.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
