package org.podium.ui.about;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.podium.ui.common.Messages;

import static org.assertj.core.api.Assertions.assertThat;

class AboutViewModelTest {
    private final AboutViewModel model = new AboutViewModel("0.1.0", "/home/ana/.local/share/podium/podium.db",
            "3.50.1", "17.0.15", "21.0.12");

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void tellsVersionBookSqliteJavaAndLicence() {
        assertThat(model.heading()).isEqualTo("Podium 0.1.0");
        assertThat(model.rows()).extracting(AboutViewModel.Row::label)
                .containsExactly("Version", "Book", "SQLite", "Java", "Licence");
        assertThat(model.text()).isEqualTo("""
                Podium 0.1.0
                Version: 0.1.0
                Book: /home/ana/.local/share/podium/podium.db
                SQLite: 3.50.1
                Java: 17.0.15 · JavaFX 21.0.12
                Licence: Apache License, Version 2.0
                """);
    }

    @Test
    void aTeamBookAddsItsServersPostgresqlVersionAfterTheBook() {
        AboutViewModel team = new AboutViewModel("0.1.0", "postgresql://ana@db.example.org:5432/podium", "3.50.1",
                "17.0.15", "21.0.12", java.util.Optional.of("15.14 (Debian 15.14-0+deb12u1)"));
        assertThat(team.rows()).extracting(AboutViewModel.Row::label)
                .containsExactly("Version", "Book", "PostgreSQL", "SQLite", "Java", "Licence");
        assertThat(team.text()).contains("Book: postgresql://ana@db.example.org:5432/podium\n"
                + "PostgreSQL: 15.14 (Debian 15.14-0+deb12u1)\n");
    }

    @Test
    void speaksItalianWhenChosen() {
        Messages.use(Locale.ITALIAN);
        assertThat(model.rows()).extracting(AboutViewModel.Row::label)
                .containsExactly("Versione", "Archivio", "SQLite", "Java", "Licenza");
    }
}
