package org.podium.ui.shell;

import org.podium.service.Book;
import org.podium.service.book.TeamBookAddress;
import org.podium.ui.common.Messages;

/**
 * How the window names the open book: in its title (the file's name, or a team book's database
 * on its server) and in the status bar (the file's path, or the database, server and role).
 */
public final class BookNames {
    private BookNames() {
    }

    /** The window's title: "Podium — podium.db", "Podium — podium on db.example.org", with "(read-only)". */
    public static String title(Book book) {
        return book.team().map(team -> Messages.get(book.readOnly() ? "app.titleTeamReadOnly" : "app.titleTeam",
                        team.database(), team.host()))
                .orElseGet(() -> Messages.get(book.readOnly() ? "app.titleReadOnly" : "app.title",
                        book.file().map(f -> f.getFileName().toString()).orElse(book.name())));
    }

    /** The status bar's book: "Book: /path/podium.db", or "Team book podium on db.example.org:5432 as ana". */
    public static String status(Book book) {
        return book.team().map(team -> status(team, book.readOnly()))
                .orElseGet(() -> Messages.get(book.readOnly() ? "status.bookReadOnly" : "status.book", book.name()));
    }

    static String status(TeamBookAddress team, boolean readOnly) {
        return Messages.get(readOnly ? "status.teamReadOnly" : "status.team", team.database(), team.server(),
                team.user());
    }
}
