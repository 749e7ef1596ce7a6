package org.podium.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a laptop book's file must be before and as it opens (a readable, writable SQLite file,
 * its folder made when missing), and each refusal said in the user's terms, naming the file.
 */
final class BookFileChecks {
    private BookFileChecks() {
    }

    /** Refuses a file that cannot be the book asked for; makes its folder when missing. A missing file passes: it becomes a new book. */
    static void beforeOpening(Path file, boolean forWriting) {
        try {
            Path folder = file.getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new BookRefusedException(file, "Cannot create the folder " + file.getParent()
                    + " for the book: " + reason(e) + ".", e);
        }
        if (Files.isDirectory(file)) {
            throw new BookRefusedException(file, file + " is a folder, not a Podium book.", null);
        }
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isReadable(file)) {
            throw new BookRefusedException(file, "The book " + file + " cannot be read: check its permissions.", null);
        }
        if (forWriting && !Files.isWritable(file)) {
            throw new BookRefusedException(file, "The book " + file + " is read-only: Podium needs"
                    + " to write to it. Check its permissions or open a copy.", null);
        }
        try {
            if (SqliteHeader.of(file) == SqliteHeader.Kind.OTHER) {
                throw notSqlite(file, null);
            }
        } catch (IOException e) {
            throw new BookRefusedException(file, "The book " + file + " cannot be read: " + reason(e) + ".", e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && !(e instanceof java.nio.file.AccessDeniedException)
                && f.getReason() == null) {
            return "that location cannot hold folders";
        }
        return BookCopy.reason(e);
    }

    /** Refuses a file SQLite opened but cannot read as a database. */
    static void isSqlite(Path file, Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeQuery("SELECT count(*) FROM sqlite_schema").close();
        } catch (SQLException e) {
            if (SqliteFailure.notADatabase(e)) {
                throw notSqlite(file, e);
            }
            throw e;
        }
    }

    /** The refusal of a file that is not an SQLite database, whether its header or SQLite said so. */
    private static BookRefusedException notSqlite(Path file, SQLException cause) {
        return new BookRefusedException(file, file + " is not a Podium book (not an SQLite database); it was left"
                + " untouched.", cause);
    }

    /** Why SQLite did not open the book, in the user's terms. */
    static String describe(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (SqliteFailure.busy(e) || message.contains("locked")) {
            return "The book " + file + " is locked by another program; close it and try again.";
        }
        if (SqliteFailure.readOnly(e) || message.contains("readonly")) {
            return "The book " + file + " is read-only: Podium needs to write to it.";
        }
        if (SqliteFailure.diskFull(e)) {
            return SqliteFailure.diskFullMessage(file);
        }
        if (SqliteFailure.cannotOpen(e)) {
            return "The book " + file + " cannot be opened: check the folder exists and can be written.";
        }
        if (SqliteFailure.damaged(e)) {
            return file + " is not a Podium book (not an SQLite database, or damaged); it was left untouched.";
        }
        return "Cannot open the book " + file + ": " + message;
    }
}
