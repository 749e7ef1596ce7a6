package org.podium.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.podium.domain.EventKind;
import org.podium.domain.EventStatus;
import org.podium.domain.OrganisationKind;
import org.podium.domain.OrganiserRole;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {
    @AfterEach
    void backToEnglish() {
        Messages.use(Locale.ENGLISH);
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/podium/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndItalianHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> italian = new TreeSet<>(bundle("messages_it.properties").stringPropertyNames());
        assertThat(italian).as("keys missing in Italian").containsAll(english);
        assertThat(english).as("keys only in Italian").containsAll(italian);
    }

    @Test
    void everyTextIsAValidPatternWithTheSameArgumentsInBothLanguages() throws IOException {
        Properties english = bundle("messages.properties");
        Properties italian = bundle("messages_it.properties");
        for (String key : english.stringPropertyNames()) {
            int en = new MessageFormat(english.getProperty(key)).getFormats().length;
            int it = new MessageFormat(italian.getProperty(key)).getFormats().length;
            assertThat(it).as("arguments of " + key).isEqualTo(en);
        }
    }

    @Test
    void everyEnumValueShownInTheWindowHasATextInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.ITALIAN}) {
            Messages.use(locale);
            for (Class<? extends Enum<?>> type : java.util.List.of(EventStatus.class, EventKind.class,
                    OrganisationKind.class, OrganiserRole.class, SeatRole.class, SeatState.class,
                    RegistrationStatus.class, org.podium.domain.ExportDestination.class)) {
                for (Enum<?> value : type.getEnumConstants()) {
                    assertThat(Texts.of(value)).as(locale + " " + value).doesNotStartWith("enum.");
                }
            }
        }
    }

    @Test
    void italianIsUsedWhenChosenAndArgumentsAreFilledIn() {
        Messages.use(Locale.ITALIAN);
        assertThat(Messages.get("section.events")).isEqualTo("Eventi");
        assertThat(Messages.get("sample.loaded", 2)).isEqualTo("2 eventi di esempio aggiunti.");
        Messages.use(Locale.ENGLISH);
        assertThat(Messages.get("section.events")).isEqualTo("Events");
    }

    @Test
    void italianCallsTheTeamBookByOneNameEverywhere() throws IOException {
        Properties italian = bundle("messages_it.properties");
        for (String key : italian.stringPropertyNames()) {
            assertThat(italian.getProperty(key)).as(key).doesNotContain("archivio condiviso")
                    .doesNotContain("archivi condivisi");
        }
    }

    @Test
    void importCountsSayOneInTheSingularAndOthersInThePlural() {
        Messages.use(Locale.ITALIAN);
        assertThat(Messages.get("import.counts", 1, 1, 1, 1, 1)).isEqualTo("1 riga · 1 nuovo · 1 già iscritto,"
                + " lasciato com’è · 1 ripetuto nel file · 1 con problemi");
        assertThat(Messages.get("import.counts.update", 2, 0, 1, 1, 0)).isEqualTo("2 righe · 0 nuovi · 1 già"
                + " iscritto, aggiornato con i valori del file · 1 ripetuto nel file · 0 con problemi");
        assertThat(Messages.get("import.counts.attendance", 1, 1, 1, 1, 0)).isEqualTo("1 riga · 1 presente"
                + " · 1 assente · 1 venuto senza iscrizione, da aggiungere · 0 con problemi");
        assertThat(Messages.get("import.counts.erased", 1)).isEqualTo("1 cancellato su richiesta, da saltare");
        assertThat(Messages.get("import.counts", 1200, 3, 0, 2, 0)).startsWith("1.200 righe · 3 nuovi · 0 già iscritti,"
                + " lasciati come sono · 2 ripetuti nel file");
        Messages.use(Locale.ENGLISH);
        assertThat(Messages.get("import.counts", 1, 1, 0, 1, 1)).startsWith("1 row · 1 new · 0 already registered");
        assertThat(Messages.get("import.counts", 0, 0, 0, 0, 0)).startsWith("0 rows · ");
    }

    @Test
    void aMissingKeyShowsItselfRatherThanFailing() {
        assertThat(Messages.get("no.such.key")).isEqualTo("no.such.key");
    }
}
