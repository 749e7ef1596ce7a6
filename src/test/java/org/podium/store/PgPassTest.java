package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgPassTest {
    static final TeamAddress ANA = new TeamAddress("ana", "db.example.org", 5432, "podium", Map.of());

    @TempDir
    Path dir;

    @Test
    void theFirstMatchingLineWinsAndStarsMatchAnything() {
        List<String> lines = List.of(
                "# comments and blank lines are skipped",
                "",
                "other.example.org:5432:podium:ana:wrong-host",
                "db.example.org:5433:podium:ana:wrong-port",
                "db.example.org:*:podium:ana:first",
                "*:*:*:*:fallback");

        assertThat(PgPass.password(lines, ANA)).contains("first");
        assertThat(PgPass.password(lines, new TeamAddress("bob", "h", 1, "d", Map.of()))).contains("fallback");
    }

    @Test
    void backslashEscapesAColonAndABackslash() {
        List<String> lines = List.of("db.example.org:5432:podium:ana:pa\\:ss\\\\word");

        assertThat(PgPass.password(lines, ANA)).contains("pa:ss\\word");
    }

    @Test
    void anEscapedColonInAFieldIsPartOfIt() {
        TeamAddress ipv6 = new TeamAddress("ana", "::1", 5432, "podium", Map.of());

        assertThat(PgPass.password(List.of("\\:\\:1:5432:podium:ana:six"), ipv6)).contains("six");
    }

    @Test
    void thePasswordEndsAtAnUnescapedColonAsLibpqReadsIt() {
        assertThat(PgPass.password(List.of("db.example.org:5432:podium:ana:secret:extra"), ANA)).contains("secret");
    }

    @Test
    void aLineWithTooFewFieldsOrNoMatchGivesNothing() {
        assertThat(PgPass.password(List.of("db.example.org:5432:podium"), ANA)).isEmpty();
        assertThat(PgPass.password(List.of("db.example.org:5432:podium:bob:x"), ANA)).isEmpty();
    }

    @Test
    void aFileOnlyItsOwnerCanReadIsUsed() throws IOException {
        Path file = write("db.example.org:5432:podium:ana:secret", "rw-------");

        assertThat(PgPass.password(file, ANA)).contains("secret");
    }

    @Test
    void aFileTheGroupOrOthersCanReadIsIgnoredAsLibpqIgnoresIt() throws IOException {
        assertThat(PgPass.password(write("db.example.org:5432:podium:ana:secret", "rw-r-----"), ANA)).isEmpty();
        assertThat(PgPass.password(write("db.example.org:5432:podium:ana:secret", "rw----r--"), ANA)).isEmpty();
    }

    @Test
    void aMissingFileGivesNothing() {
        assertThat(PgPass.password(dir.resolve("absent"), ANA)).isEmpty();
    }

    @Test
    void pgpassfileNamesTheFileElseItIsInTheHomeFolder() {
        assertThat(PgPass.location(Map.of("PGPASSFILE", "/etc/team.pass"), dir)).isEqualTo(Path.of("/etc/team.pass"));
        assertThat(PgPass.location(Map.of(), dir)).isEqualTo(dir.resolve(".pgpass"));
        assertThat(PgPass.location(Map.of("PGPASSFILE", ""), dir)).isEqualTo(dir.resolve(".pgpass"));
    }

    private Path write(String line, String permissions) throws IOException {
        Path file = Files.createTempFile(dir, "pgpass", "");
        Files.writeString(file, line + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }
}
