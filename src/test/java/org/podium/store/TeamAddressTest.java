package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamAddressTest {
    @Test
    void aFullAddressGivesEveryPart() {
        TeamAddress a = TeamAddress.parse("postgresql://ana@db.example.org:6543/podium?sslmode=require&ApplicationName=x",
                "system");

        assertThat(a).isEqualTo(new TeamAddress("ana", "db.example.org", 6543, "podium",
                Map.of("sslmode", "require", "ApplicationName", "x")));
        assertThat(a.server()).isEqualTo("db.example.org:6543");
        assertThat(a).hasToString("postgresql://ana@db.example.org:6543/podium");
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/podium");
    }

    @Test
    void withoutUserOrPortTheSystemUserAndPort5432AreAssumed() {
        TeamAddress a = TeamAddress.parse("postgresql://db/podium", "marta");

        assertThat(a.user()).isEqualTo("marta");
        assertThat(a.port()).isEqualTo(5432);
        assertThat(a.parameters()).isEmpty();
    }

    @Test
    void percentEscapesAndIpv6HostsAreRead() {
        TeamAddress a = TeamAddress.parse("postgresql://ana%40unit@[::1]:5433/team%20book", "x");

        assertThat(a.user()).isEqualTo("ana@unit");
        assertThat(a.host()).isEqualTo("::1");
        assertThat(a.port()).isEqualTo(5433);
        assertThat(a.database()).isEqualTo("team book");
        assertThat(a.server()).isEqualTo("[::1]:5433");
    }

    @Test
    void onlyTheSchemeMakesATeamAddress() {
        assertThat(TeamAddress.isTeamAddress("postgresql://h/d")).isTrue();
        assertThat(TeamAddress.isTeamAddress("postgres://h/d")).isTrue();
        assertThat(TeamAddress.isTeamAddress("/home/ana/book.db")).isFalse();
        assertThat(TeamAddress.isTeamAddress("postgresql.db")).isFalse();
    }

    @Test
    void aBrokenAddressIsRefusedSayingWhatIsWrong() {
        assertThatThrownBy(() -> TeamAddress.parse("postgresql://host", "x"))
                .hasMessageContaining("names no database").hasMessageContaining("postgresql://[user@]host[:port]/database");
        assertThatThrownBy(() -> TeamAddress.parse("postgresql://host:99999/db", "x"))
                .hasMessageContaining("the port '99999'");
        assertThatThrownBy(() -> TeamAddress.parse("postgresql://:5432/db", "x")).hasMessageContaining("names no server");
        assertThatThrownBy(() -> TeamAddress.parse("postgresql://host/db?sslmode", "x"))
                .hasMessageContaining("'sslmode' has no value");
    }

    @Test
    void aPasswordInTheAddressIsRefusedPointingToPgpass() {
        assertThatThrownBy(() -> TeamAddress.parse("postgresql://ana:secret@host/db", "x")).hasMessageContaining("~/.pgpass");
        assertThatThrownBy(() -> TeamAddress.parse("postgresql://host/db?password=secret", "x"))
                .hasMessageContaining("~/.pgpass");
    }
}
