package org.podium.ui.teambook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.service.Book;
import org.podium.service.book.TeamBookAddress;
import org.podium.ui.common.Messages;
import org.podium.ui.common.TaskRunner;

/**
 * File → Open team book…: the server's address as fields (or a whole {@code postgresql://}
 * address pasted into the host), a password kept for this session only, the recent team books,
 * and the opening itself, in the background, its refusal told in one sentence inside the dialog.
 */
public final class TeamBookViewModel {
    /** Opens the team book at an address, with the password typed (if any); runs off the FX thread. */
    @FunctionalInterface
    public interface Opener {
        Book open(TeamBookAddress address, Optional<String> password);
    }

    /** Takes the book just opened, on the FX thread: the window shows it from now on. */
    @FunctionalInterface
    public interface Opened {
        void accept(Book book, TeamBookAddress address);
    }

    /** What the coordinator should look at after a refusal: a field, or the Open button to try again. */
    public enum Field { HOST, PORT, DATABASE, USER, PARAMETERS, PASSWORD, OPEN }

    private final Opener opener;
    private final TaskRunner runner;
    private final Opened opened;
    private final String defaultUser;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(Integer.toString(TeamBookAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty parameters = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Field> fault = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty opening = new SimpleBooleanProperty(false);
    private final BooleanProperty done = new SimpleBooleanProperty(false);
    private final ObservableList<String> recent;
    /** Counts the attempts, so the answer of one given up with Cancel is recognised when it comes. */
    private int attempt;

    public TeamBookViewModel(Opener opener, TaskRunner runner, Opened opened, List<String> recent, String defaultUser) {
        this.opener = opener;
        this.runner = runner;
        this.opened = opened;
        this.defaultUser = defaultUser;
        this.recent = FXCollections.observableArrayList(recent);
        user.set(defaultUser);
    }

    /**
     * Fills the fields as a PostgreSQL client would start: with the team book opened last, else
     * from libpq's environment ({@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGDATABASE}),
     * else {@code localhost}, 5432 and the system's user; the database is left to type when none is named.
     */
    public void fillIn(Map<String, String> env) {
        if (!recent.isEmpty() && use(recent.get(0))) {
            return;
        }
        // PGHOST may list several hosts, or name a socket's folder, which a JDBC address cannot reach.
        String firstHost = env.getOrDefault("PGHOST", "").split(",")[0].strip();
        host.set(firstHost.isEmpty() || firstHost.startsWith("/") ? "localhost" : firstHost);
        String envPort = env.getOrDefault("PGPORT", "").split(",")[0].strip();
        port.set(envPort.matches("\\d{1,5}") ? envPort : Integer.toString(TeamBookAddress.DEFAULT_PORT));
        user.set(env.getOrDefault("PGUSER", defaultUser).strip());
        database.set(env.getOrDefault("PGDATABASE", "").strip());
        parameters.set("");
        error.set("");
    }

    /** The first of the fields an address needs that is still blank, if any: where the typing starts. */
    public Optional<Field> missing() {
        if (host.get().isBlank()) {
            return Optional.of(Field.HOST);
        }
        if (database.get().isBlank()) {
            return Optional.of(Field.DATABASE);
        }
        return user.get().isBlank() ? Optional.of(Field.USER) : Optional.empty();
    }

    /** Fills the fields from {@code text} (a recent one, or the one the command line was given); false if it is none. */
    public boolean use(String text) {
        try {
            TeamBookAddress address = TeamBookAddress.parse(text.strip(), defaultUser);
            host.set(address.host());
            port.set(Integer.toString(address.port()));
            database.set(address.database());
            user.set(address.user());
            StringBuilder joined = new StringBuilder();
            address.parameters().forEach((k, v) -> joined.append(joined.isEmpty() ? "" : "&").append(k).append('=')
                    .append(v));
            parameters.set(joined.toString());
            error.set("");
            fault.set(null);
            return true;
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage(), Field.HOST);
            return false;
        }
    }

    /** The address the fields give, or empty (with the reason in {@link #errorProperty()}) when they give none. */
    Optional<TeamBookAddress> address() {
        // A whole address given in the server's field (as coordinators are often given one) fills every field.
        if (TeamBookAddress.isAddress(host.get().strip()) && !use(host.get())) {
            return Optional.empty();
        }
        Optional<Field> blank = missing();
        if (blank.isPresent()) {
            refuse(Messages.get("teamBook.missing"), blank.get());
            return Optional.empty();
        }
        int number;
        try {
            number = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1 || number > 65_535) {
            refuse(Messages.get("teamBook.badPort", port.get()), Field.PORT);
            return Optional.empty();
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : parameters.get().strip().split("[&\\s]+")) {
            int eq = pair.indexOf('=');
            if (pair.isEmpty()) {
                continue;
            }
            if (eq <= 0 || pair.startsWith("password=")) {
                refuse(Messages.get("teamBook.badParameter", pair), Field.PARAMETERS);
                return Optional.empty();
            }
            options.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        try {
            return Optional.of(TeamBookAddress.of(user.get().strip(), host.get().strip(), number,
                    database.get().strip(), options));
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage(), Field.HOST);
            return Optional.empty();
        }
    }

    /** Open: tries the address in the background; the dialog stays usable and Cancel gives up. */
    public void open() {
        if (opening.get()) {
            return;
        }
        fault.set(null);
        Optional<TeamBookAddress> address = address();
        if (address.isEmpty()) {
            return;
        }
        TeamBookAddress target = address.get();
        Optional<String> typed = password.get().isEmpty() ? Optional.empty() : Optional.of(password.get());
        int mine = ++attempt;
        error.set("");
        opening.set(true);
        runner.run(Messages.get("teamBook.opening", target.server()), progress -> opener.open(target, typed), book -> {
            if (mine != attempt) {
                // Given up with Cancel while it was trying: nobody wants it any more.
                book.close();
                return;
            }
            opening.set(false);
            recent.remove(target.text());
            recent.add(0, target.text());
            done.set(true);
            opened.accept(book, target);
        }, failure -> {
            if (mine == attempt) {
                opening.set(false);
                refused(failure, target);
            }
        });
    }

    /** Cancel: gives up the attempt under way (its book is closed when it comes) and closes the dialog. */
    public void cancel() {
        attempt++;
        opening.set(false);
        done.set(true);
    }

    /** Shows why {@code address} was refused, as when the command line's address could not be opened. */
    public void refused(Throwable failure, TeamBookAddress address) {
        refuse(describe(failure, address), faultOf(failure));
    }

    private void refuse(String why, Field at) {
        error.set(why);
        fault.set(at);
    }

    /** The field to correct after a refusal, or Open where the server, not the address, said no. */
    static Field faultOf(Throwable failure) {
        return switch (TeamBookAddress.refusal(failure)) {
            case UNREACHABLE -> Field.HOST;
            case LOGIN_REFUSED -> Field.PASSWORD;
            case NO_DATABASE, NEWER, FOREIGN -> Field.DATABASE;
            case BUSY, OTHER -> Field.OPEN;
        };
    }

    /** The refusal in one sentence of the user's language, decided on the reason the store found. */
    static String describe(Throwable failure, TeamBookAddress address) {
        return switch (TeamBookAddress.refusal(failure)) {
            case UNREACHABLE -> Messages.get("teamBook.refused.unreachable", address.host(), String.valueOf(address.port()));
            case BUSY -> Messages.get("teamBook.refused.busy", address.host(), String.valueOf(address.port()));
            case LOGIN_REFUSED -> Messages.get("teamBook.refused.login", address.user(), address.server());
            case NO_DATABASE -> Messages.get("teamBook.refused.noDatabase", address.database(), address.server());
            case NEWER -> Messages.get("teamBook.refused.newer", address.database());
            case FOREIGN -> Messages.get("teamBook.refused.foreign", address.database());
            case OTHER -> String.valueOf(failure.getMessage());
        };
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** The driver's parameters, {@code name=value} joined by {@code &} ({@code sslmode=require}). */
    public StringProperty parametersProperty() {
        return parameters;
    }

    /** Kept only in this dialog's memory, never written anywhere. */
    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Where the last refusal points (null while none): the dialog puts the focus there, never on Cancel. */
    public ReadOnlyObjectProperty<Field> faultProperty() {
        return fault.getReadOnlyProperty();
    }

    /** True while an attempt runs: Open is disabled, Cancel gives up. */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening;
    }

    /** True once the book is open or the user cancelled: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done;
    }

    /** The recent team books' addresses, newest first; the one opened goes to the top. */
    public ObservableList<String> recent() {
        return recent;
    }
}
