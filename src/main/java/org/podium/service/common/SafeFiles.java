package org.podium.service.common;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.podium.files.AtomicFile;
import org.podium.files.TempFiles;

/**
 * The one way Podium writes a file the user named (exports, calendars, cue sheets, event
 * files, subject-access files), from the window and the command line alike. It refuses a
 * target that is one of the book's own files ({@link BookFiles}), a folder or a read-only
 * file. A regular file is written so that a failure at any point leaves the old file (or none),
 * never half of one: {@link AtomicFile} writes it where the target lands (through any link,
 * which stays a link). A character device or a pipe ({@code -o /dev/stdout},
 * {@code /dev/null}, a FIFO) is written to directly, as every Unix tool does, and never
 * renamed over.
 */
public final class SafeFiles {
    /** What the target is, as far as writing it goes. */
    private enum Kind {
        NEW, REGULAR, FOLDER, STREAM, SOCKET, DISK, OTHER
    }

    /** A checked target: the path as named, and whether it is written in place rather than replaced. */
    private record Target(Path named, boolean direct) {
    }

    private final Optional<BookFiles> book;

    private SafeFiles(Optional<BookFiles> book) {
        this.book = book;
    }

    /** The writer of the outputs of the book at {@code book}: none of the book's own files can be a target. */
    public static SafeFiles forBook(Path book) {
        return new SafeFiles(Optional.of(new BookFiles(book)));
    }

    /**
     * The writer of the outputs of a book that may have a file: a laptop book's files are refused
     * as targets; a team book, on its server, has none here.
     */
    public static SafeFiles forBook(Optional<Path> book) {
        return new SafeFiles(book.map(BookFiles::new));
    }

    /** The writer of the book's own side files (its erasure log), which {@link #forBook} refuses. */
    public static SafeFiles forSideFiles() {
        return new SafeFiles(Optional.empty());
    }

    /**
     * Writes {@code file} from {@code content}. An {@link IOException} becomes an
     * {@link FileWriteException} naming the file and the reason; any other failure of the content
     * (a cancelled export, a database error) propagates as it is. Either way the temporary file
     * is removed; written to directly, a device or pipe has what was written before the failure.
     * Temporary files that a killed earlier write left in the folder are removed first
     * ({@link TempFiles#removeStale}).
     *
     * @return the absolute, normalised path that was written
     * @throws FileWriteException for a target refused by {@link #check}, before the content is asked for
     */
    public Path write(Path file, AtomicFile.Content content) {
        Target target = target(file);
        if (target.direct()) {
            writeDirectly(target.named(), content);
            return target.named();
        }
        return replace(target, lands -> AtomicFile.write(lands, content));
    }

    /**
     * Writes {@code file} as {@link #write} does, from content that can only be made as a whole
     * file at a path (SQLite's {@code VACUUM INTO}): the staging makes it at a temporary name,
     * which is renamed over the target or, for a device or pipe, copied into it and removed. A
     * device's staged copy is made beside the book, never in the device's folder.
     *
     * @return the absolute, normalised path that was written
     */
    public Path writeWhole(Path file, AtomicFile.Staging staging) {
        Target target = target(file);
        if (!target.direct()) {
            return replace(target, lands -> AtomicFile.writeWhole(lands, staging));
        }
        Path temp = TempFiles.beside(book.map(BookFiles::book)
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir")).resolve("podium")));
        try {
            staging.writeTo(temp);
            writeDirectly(target.named(), out -> Files.copy(temp, out));
            return target.named();
        } catch (IOException e) {
            throw FileWriteException.cannotWrite(target.named(), temp.getParent(), e);
        } finally {
            TempFiles.discard(temp);
        }
    }

    /**
     * Writes a regular file where it lands (through any link) in one of {@link AtomicFile}'s ways,
     * turning its failure into the user's message.
     */
    private static Path replace(Target target, AtomicFile.Staging landing) {
        Path lands = BookFiles.landing(target.named());
        try {
            landing.writeTo(lands);
            return target.named();
        } catch (IOException e) {
            throw FileWriteException.cannotWrite(target.named(), lands.getParent(), e);
        }
    }

    /**
     * Checks {@code file} as {@link #write} will, so that callers refuse a bad target before
     * doing long work: a folder, a folder that does not exist, a file of the book, a read-only
     * file, a socket or a disk device are refused with an FileWriteException naming the file and
     * the reason.
     *
     * @return the absolute, normalised path
     */
    public Path check(Path file) {
        return target(file).named();
    }

    private Target target(Path file) {
        Path named = file.toAbsolutePath().normalize();
        switch (kindOf(named)) {
            case FOLDER -> throw FileWriteException.cannotWrite(named, "file.isFolder");
            // A device or a pipe is none of the book's files, which are all regular files.
            case STREAM -> {
                return new Target(named, true);
            }
            case SOCKET -> throw FileWriteException.cannotWrite(named, "file.isSocket");
            case DISK -> throw FileWriteException.cannotWrite(named, "file.isDisk");
            case OTHER -> throw FileWriteException.cannotWrite(named, "file.notRegular");
            default -> {
                checkFolder(named);
                book.ifPresent(b -> b.refuseIfOwn(named));
                if (readOnly(named)) {
                    throw FileWriteException.cannotWrite(named, "file.protected");
                }
                return new Target(named, false);
            }
        }
    }

    private static void checkFolder(Path target) {
        Path folder = target.getParent();
        if (!Files.exists(folder)) {
            throw FileWriteException.cannotWrite(target, "file.noFolder", folder.toString());
        }
        if (!Files.isDirectory(folder)) {
            throw FileWriteException.cannotWrite(target, "file.folderIsFile", folder.toString());
        }
    }

    /** What {@code path} is, following links: a character device or a FIFO is a {@link Kind#STREAM}. */
    private static Kind kindOf(Path path) {
        if (!Files.exists(path)) {
            return Kind.NEW;
        }
        if (Files.isRegularFile(path)) {
            return Kind.REGULAR;
        }
        if (Files.isDirectory(path)) {
            return Kind.FOLDER;
        }
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & 0170000;
            return switch (type) {
                case 0020000, 0010000 -> Kind.STREAM;
                case 0140000 -> Kind.SOCKET;
                case 0060000 -> Kind.DISK;
                default -> Kind.OTHER;
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Kind.OTHER; // a system without the unix view: refuse what cannot be told apart
        }
    }

    /**
     * Whether an existing file is read-only. For root the system says every file is writable;
     * a file whose permissions let nobody write it was still meant to stay as it is.
     */
    private static boolean readOnly(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return Collections.disjoint(permissions, EnumSet.of(PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** A device or pipe takes the bytes as they come: it cannot be staged, forced or renamed. */
    private static void writeDirectly(Path target, AtomicFile.Content content) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.WRITE),
                1 << 16)) {
            content.writeTo(out);
        } catch (IOException e) {
            throw FileWriteException.cannotWrite(target, target.getParent(), e);
        }
    }
}
