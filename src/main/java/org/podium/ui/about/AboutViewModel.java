package org.podium.ui.about;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.podium.ui.common.Messages;

/**
 * What Help → About tells: Podium's version, the open book (and a team book's PostgreSQL), the SQLite and Java underneath, and
 * the licence, as rows to show and as one text to copy into a support request.
 */
public final class AboutViewModel {
    /** One labelled fact of the about box. */
    public record Row(String label, String value) {
    }

    private final String version;
    private final String book;
    private final String sqliteVersion;
    private final String javaVersion;
    private final String javaFxVersion;
    private final Optional<String> serverVersion;

    public AboutViewModel(String version, String book, String sqliteVersion, String javaVersion, String javaFxVersion) {
        this(version, book, sqliteVersion, javaVersion, javaFxVersion, Optional.empty());
    }

    /** With a team book's server version ({@code SHOW server_version}, read when the book was opened). */
    public AboutViewModel(String version, String book, String sqliteVersion, String javaVersion, String javaFxVersion,
                          Optional<String> serverVersion) {
        this.serverVersion = serverVersion;
        this.version = version;
        this.book = book;
        this.sqliteVersion = sqliteVersion;
        this.javaVersion = javaVersion;
        this.javaFxVersion = javaFxVersion;
    }

    public String title() {
        return Messages.get("about.title");
    }

    public String heading() {
        return Messages.get("app.name") + " " + version;
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>(List.of(new Row(Messages.get("about.version"), version),
                new Row(Messages.get("about.book"), book)));
        serverVersion.ifPresent(server -> rows.add(new Row(Messages.get("about.postgresql"), server)));
        rows.addAll(List.of(new Row(Messages.get("about.sqlite"), sqliteVersion),
                new Row(Messages.get("about.java"), javaVersion + " · JavaFX " + javaFxVersion),
                new Row(Messages.get("about.licence"), Messages.get("about.licenceName"))));
        return List.copyOf(rows);
    }

    /** The whole box as plain text, one fact a line, for the clipboard. */
    public String text() {
        StringBuilder text = new StringBuilder(heading()).append('\n');
        for (Row row : rows()) {
            text.append(row.label()).append(": ").append(row.value()).append('\n');
        }
        return text.toString();
    }
}
