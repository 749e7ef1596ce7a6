package org.podium.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The user's PostgreSQL password file, read as libpq reads it: {@code PGPASSFILE}, else
 * {@code ~/.pgpass}; lines {@code hostname:port:database:username:password}, where {@code *}
 * matches anything, {@code \:} and {@code \\} stand for a colon and a backslash, and lines
 * starting with {@code #} are comments; the first line that matches wins. On a system with
 * POSIX permissions a file that its group or others may use is ignored, as libpq ignores it.
 */
public final class PgPass {
    private static final Set<PosixFilePermission> TOO_OPEN = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PgPass() {
    }

    /** The password file this user's clients read: {@code PGPASSFILE} in {@code env}, else {@code ~/.pgpass}. */
    public static Path location(Map<String, String> env, Path home) {
        String named = env.get("PGPASSFILE");
        return named != null && !named.isEmpty() ? Path.of(named) : home.resolve(".pgpass");
    }

    /**
     * The password the file gives for this address, if any: empty when there is no file, it
     * cannot be read, its permissions are too open, or no line matches.
     */
    public static Optional<String> password(Path file, TeamAddress address) {
        if (!Files.isRegularFile(file) || tooOpen(file)) {
            return Optional.empty();
        }
        try {
            return password(Files.readAllLines(file, StandardCharsets.UTF_8), address);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the group or others may use the file, so libpq (and Podium) ignore it. */
    static boolean tooOpen(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.stream().anyMatch(TOO_OPEN::contains);
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    static Optional<String> password(List<String> lines, TeamAddress address) {
        String[] wanted = {address.host(), Integer.toString(address.port()), address.database(), address.user()};
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() < 5) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < 4 && matches; i++) {
                matches = fields.get(i).equals("*") || fields.get(i).equals(wanted[i]);
            }
            if (matches) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    /** The line's fields, unescaped; as libpq, the password ends at an unescaped colon. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (ch == ':') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
