package org.podium.service.book;

import java.util.Map;
import org.podium.store.BookRefusedException;
import org.podium.store.TeamAddress;

/**
 * A team book's address as the window handles it (the store's {@link TeamAddress}, which the
 * window does not reach directly), and why a server refused to open one.
 */
public record TeamBookAddress(TeamAddress address) {
    /** Why a team book could not be opened, for a message in the user's language. */
    public enum Refusal {
        UNREACHABLE, BUSY, LOGIN_REFUSED, NO_DATABASE, NEWER, FOREIGN, OTHER
    }

    public static final int DEFAULT_PORT = TeamAddress.DEFAULT_PORT;

    /** Reads {@code postgresql://[user@]host[:port]/database[?…]}; refused with {@link IllegalArgumentException}. */
    public static TeamBookAddress parse(String text, String defaultUser) {
        return new TeamBookAddress(TeamAddress.parse(text, defaultUser));
    }

    public static TeamBookAddress of(String user, String host, int port, String database, Map<String, String> parameters) {
        return new TeamBookAddress(new TeamAddress(user, host, port, database, parameters));
    }

    /** Whether {@code text} is meant as a team book's address (it starts with the scheme). */
    public static boolean isAddress(String text) {
        return TeamAddress.isTeamAddress(text);
    }

    /** Why opening failed, when it is a refusal the store recognised; else {@link Refusal#OTHER}. */
    public static Refusal refusal(Throwable failure) {
        if (!(failure instanceof BookRefusedException refused)) {
            return Refusal.OTHER;
        }
        return switch (refused.reason()) {
            case UNREACHABLE -> Refusal.UNREACHABLE;
            case BUSY -> Refusal.BUSY;
            case LOGIN_REFUSED -> Refusal.LOGIN_REFUSED;
            case NO_DATABASE -> Refusal.NO_DATABASE;
            case NEWER -> Refusal.NEWER;
            case FOREIGN -> Refusal.FOREIGN;
            case OTHER -> Refusal.OTHER;
        };
    }

    public String user() {
        return address.user();
    }

    public String host() {
        return address.host();
    }

    public int port() {
        return address.port();
    }

    public String database() {
        return address.database();
    }

    public Map<String, String> parameters() {
        return address.parameters();
    }

    /** {@code host:port}, as messages name the server. */
    public String server() {
        return address.server();
    }

    /** The whole address with its parameters, never a password: what the recent list keeps. */
    public String text() {
        return address.text();
    }

    @Override
    public String toString() {
        return address.toString();
    }
}
