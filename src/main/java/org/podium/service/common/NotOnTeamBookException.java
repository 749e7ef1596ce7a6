package org.podium.service.common;

/**
 * Something a laptop book does that a team book leaves to its server (a restore, the copies in
 * the backups folder beside the file); the message says what to use instead. Nothing was changed.
 */
public final class NotOnTeamBookException extends RuntimeException {
    private NotOnTeamBookException(String message) {
        super(message);
    }

    /** A team book's copies and restores are its server's: {@code pg_dump} and {@code pg_restore}. */
    public static NotOnTeamBookException copiesAreTheServers(String book) {
        return new NotOnTeamBookException(book + " is a team book: its copies are taken and restored on its server"
                + " with PostgreSQL's own tools (pg_dump, pg_restore), by its administrator. Nothing was changed."
                + " 'backup -o FILE.db' saves a laptop copy to work on offline.");
    }
}
