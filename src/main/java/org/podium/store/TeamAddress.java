package org.podium.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a team book is: {@code postgresql://[user@]host[:port]/database[?param=value…]}, as
 * {@code --db} and {@code PODIUM_DB} give it. The password is never part of it: it comes from
 * the user's password file ({@link PgPass}), as for every PostgreSQL client. Parameters go to
 * the driver as they are ({@code sslmode=require}, {@code ApplicationName=…}).
 */
public record TeamAddress(String user, String host, int port, String database, Map<String, String> parameters) {
    public static final String SCHEME = "postgresql://";
    public static final int DEFAULT_PORT = 5432;

    public TeamAddress {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Whether {@code text} names a team book rather than a file (it starts with the scheme). */
    public static boolean isTeamAddress(String text) {
        return text != null && (text.startsWith(SCHEME) || text.startsWith("postgres://"));
    }

    /**
     * Reads an address; without a user it is {@code defaultUser} (the system's user name, as
     * libpq assumes). Anything that is not such an address is refused with a message saying
     * what is wrong and what the form is.
     */
    public static TeamAddress parse(String text, String defaultUser) {
        if (!isTeamAddress(text)) {
            throw bad(text, "it does not start with " + SCHEME);
        }
        String rest = text.substring(text.indexOf("://") + 3);
        Map<String, String> parameters = new LinkedHashMap<>();
        int query = rest.indexOf('?');
        if (query >= 0) {
            for (String pair : rest.substring(query + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw bad(text, "the parameter '" + pair + "' has no value (param=value)");
                }
                String key = decode(text, pair.substring(0, eq));
                if (key.equals("password")) {
                    throw bad(text, "a password does not belong in the address; put it in ~/.pgpass (or PGPASSFILE)");
                }
                parameters.put(key, decode(text, pair.substring(eq + 1)));
            }
            rest = rest.substring(0, query);
        }
        int slash = rest.indexOf('/');
        if (slash < 0 || slash == rest.length() - 1) {
            throw bad(text, "it names no database (…/database)");
        }
        String database = decode(text, rest.substring(slash + 1));
        String authority = rest.substring(0, slash);
        String user = defaultUser;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            if (userInfo.contains(":")) {
                throw bad(text, "a password does not belong in the address; put it in ~/.pgpass (or PGPASSFILE)");
            }
            user = decode(text, userInfo);
            authority = authority.substring(at + 1);
        }
        String host = authority;
        int port = DEFAULT_PORT;
        int colon = authority.startsWith("[") ? authority.indexOf(':', authority.indexOf(']')) : authority.lastIndexOf(':');
        if (colon >= 0) {
            host = authority.substring(0, colon);
            port = port(text, authority.substring(colon + 1));
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw bad(text, "it names no server (postgresql://host/database)");
        }
        if (user == null || user.isEmpty()) {
            throw bad(text, "it names no user (postgresql://user@host/database)");
        }
        return new TeamAddress(user, host, port, database, parameters);
    }

    private static int port(String text, String digits) {
        try {
            int port = Integer.parseInt(digits);
            if (port >= 1 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Falls through to the refusal below.
        }
        throw bad(text, "the port '" + digits + "' is not a number from 1 to 65535");
    }

    private static String decode(String text, String part) {
        try {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad(text, "'" + part + "' has a broken %-escape");
        }
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException("'" + text + "' is not a team book's address: " + why
                + ". The form is postgresql://[user@]host[:port]/database[?param=value…].");
    }

    /** The server as messages name it: {@code host:port}. */
    public String server() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The address as the user wrote it, without parameters: {@code postgresql://user@host:port/database}. */
    @Override
    public String toString() {
        return SCHEME + user + "@" + server() + "/" + database;
    }

    /**
     * The whole address with its parameters, as {@code --db} takes it and {@link #parse} reads it
     * back: what a list of recent team books keeps (never a password: the address holds none).
     */
    public String text() {
        StringBuilder text = new StringBuilder(toString());
        char separator = '?';
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            text.append(separator).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
            separator = '&';
        }
        return text.toString();
    }

    private static String encode(String part) {
        return java.net.URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The driver's URL for this address (user, password and parameters go as properties). */
    String jdbcUrl() {
        return "jdbc:postgresql://" + server() + "/" + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8);
    }
}
