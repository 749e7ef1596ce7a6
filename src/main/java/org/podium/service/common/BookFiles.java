package org.podium.service.common;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.podium.domain.Phrase;
import org.podium.store.Backups;
import org.podium.store.BookLock;

/**
 * The files one book is made of on disk (the database, SQLite's journals beside it, the
 * window's lock, the erasure log and the backups folder) and the one check every file Podium
 * writes for the user passes through {@link SafeFiles}: none of them may be replaced, whether
 * the output names it, a symbolic link leads to it or a hard link shares it.
 */
public final class BookFiles {
    /** One file of the book, as a refusal names it. */
    private record Part(Path file, Phrase what) {
    }

    /** The longest chain of links followed, as the system's own limit (Linux's ELOOP after 40). */
    private static final int MAX_LINKS = 40;

    private final Path book;
    /** The book as named and, when a link leads to it, as it really is: SQLite keeps its journals beside the latter. */
    private final Set<Path> names = new LinkedHashSet<>();
    private final boolean caseBlind;

    BookFiles(Path book) {
        this.book = book.toAbsolutePath().normalize();
        names.add(this.book);
        names.add(landing(this.book));
        this.caseBlind = caseBlind(this.book);
    }

    /** The book, absolute and normalised, as it was named. */
    Path book() {
        return book;
    }

    /**
     * Refuses {@code target} when writing it would replace a file of the book.
     *
     * @throws FileWriteException naming the target and which file of the book it is
     */
    void refuseIfOwn(Path target) {
        Path named = target.toAbsolutePath().normalize();
        Path lands = landing(named);
        String is = lands.equals(named) ? "file.own.is" : "file.own.leadsTo";
        for (Part part : parts()) {
            if (same(lands, landing(part.file()))) {
                throw refusal(named, Phrase.of(is, part.what()));
            }
            if (sameFile(named, part.file())) {
                throw refusal(named, Phrase.of("file.own.hardLink", part.what()));
            }
        }
        for (Path name : names) {
            Path parent = lands.getParent();
            if (parent != null && same(parent, landing(new Backups(name).folder()))) {
                throw refusal(named, Phrase.of(is, Phrase.of("file.own.backupsFolder")));
            }
        }
    }

    private FileWriteException refusal(Path target, Phrase what) {
        return new FileWriteException(Phrase.of("file.ownRefused", target.toString(), what, book.toString()), null);
    }

    private List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        for (Path name : names) {
            parts.add(new Part(name, Phrase.of("file.part.book")));
            parts.add(new Part(sibling(name, "-wal"), Phrase.of("file.part.wal")));
            parts.add(new Part(sibling(name, "-shm"), Phrase.of("file.part.shm")));
            parts.add(new Part(sibling(name, "-journal"), Phrase.of("file.part.journal")));
            parts.add(new Part(BookLock.lockFile(name), Phrase.of("file.part.lock")));
            parts.add(new Part(erasureLogOf(name), Phrase.of("file.part.erasureLog")));
        }
        return parts;
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /**
     * Where writing {@code path} would land: its real path when it exists; the end of its chain
     * of links when that end does not exist yet; else the real folder with the name in it.
     */
    static Path landing(Path path) {
        Path p = path.toAbsolutePath().normalize();
        for (int links = 0; links < MAX_LINKS; links++) {
            if (Files.exists(p)) {
                try {
                    return p.toRealPath();
                } catch (IOException e) {
                    return p; // a pipe behind /dev/stdout exists but has no path; it is no file of a book
                }
            }
            if (!Files.isSymbolicLink(p)) {
                break;
            }
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            } catch (IOException e) {
                return p;
            }
        }
        Path parent = p.getParent();
        return parent == null || p.getFileName() == null ? p : landing(parent).resolve(p.getFileName());
    }

    private boolean same(Path a, Path b) {
        if (a.equals(b)) {
            return true;
        }
        return caseBlind && a.getParent() != null && a.getParent().equals(b.getParent()) && a.getFileName() != null
                && b.getFileName() != null && a.getFileName().toString().equalsIgnoreCase(b.getFileName().toString());
    }

    /** A hard link has a path of its own; only the file system can tell it is the same file. */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the book's folder ignores case (macOS and Windows by default), so that
     * {@code PODIUM.DB-WAL} there is the journal too: told by asking for the book's name in
     * upper case.
     */
    private static boolean caseBlind(Path book) {
        Path upper = book.resolveSibling(book.getFileName().toString().toUpperCase(Locale.ROOT));
        return !upper.equals(book) && sameFile(upper, book);
    }

    /** The erasure log of the book at {@code book}: the addresses erased from it, salted and hashed. */
    public static Path erasureLogOf(Path book) {
        return book.resolveSibling(book.getFileName() + ".erasures");
    }
}
