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
            // A valid pattern in each language, using the same arguments (some only inside a plural's choice).
            new MessageFormat(english.getProperty(key));
            new MessageFormat(italian.getProperty(key));
            assertThat(arguments(italian.getProperty(key))).as("arguments of " + key)
                    .isEqualTo(arguments(english.getProperty(key)));
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> used = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)[,}]").matcher(pattern);
        while (m.find()) {
            used.add(m.group(1));
        }
        return used;
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

    @Test
    void italianCountSentencesSayOneInTheSingular() {
        Messages.use(Locale.ITALIAN);
        assertThat(Messages.get("import.done.erased", 1)).isEqualTo("1 escluso perché cancellato su richiesta.");
        assertThat(Messages.get("sample.loaded", 1)).isEqualTo("Un evento di esempio aggiunto.");
        assertThat(Messages.get("events.delete.message", "Webinar", 1)).startsWith("“Webinar” e il suo iscritto andranno");
        assertThat(Messages.get("events.delete.message", "Webinar", 0)).startsWith("“Webinar” andrà nel cestino.");
        assertThat(Messages.get("events.delete.message", "Webinar", 3)).startsWith("“Webinar” e i suoi 3 iscritti");
        assertThat(Messages.get("import.done", 1, 1, 1, 1, 1)).isEqualTo("Importati: 1 nuovo, 1 aggiornato, 1 invariato,"
                + " 1 saltato; 1 in lista d’attesa.");
        assertThat(Messages.get("import.done", 0, 2, 0, 2, 0)).isEqualTo("Importati: 0 nuovi, 2 aggiornati, 0 invariati,"
                + " 2 saltati; 0 in lista d’attesa.");
        assertThat(Messages.get("import.done.attendance", 1, 1, 1)).isEqualTo("Presenze registrate: 1 presente,"
                + " 1 assente, 1 aggiunto senza iscrizione.");
        assertThat(Messages.get("cuesheet.when.value", "giovedì", "10:00", "Europe/Rome", 1)).endsWith("), 1 minuto");
        assertThat(Messages.get("agenda.fit.empty", 1, "10:01")).isEqualTo("Nessun programma: lo spazio di 1 minuto"
                + " finisce alle 10:01.");
        assertThat(Messages.get("agenda.fit.onTime", 1, 1)).isEqualTo("1 minuto pianificato su 1: in orario.");
        assertThat(Messages.get("agenda.fit.overrun", 1, 0, 1, "10:01", "10:00")).startsWith("Sfora: 1 minuto pianificato");
        assertThat(Messages.get("agenda.fit.underrun", 59, 60, 1, "10:59", "11:00")).startsWith("Tempo non pianificato:"
                + " 59 minuti pianificati su 60, ne resta 1;");
        assertThat(Messages.get("cuesheet.missing", 1, "ก")).startsWith("1 carattere non ha un font").endsWith("torna visibile.");
        assertThat(Messages.get("export.check.leftOut", 1L)).isEqualTo("1 escluso");
        assertThat(Messages.get("export.check.kept", 1200L)).isEqualTo("1.200 tenuti");
        assertThat(Messages.get("registrants.header.open", 1, 0)).isEqualTo("1 iscritto · 0 in lista d’attesa");
        assertThat(Messages.get("restore.confirm.message", "b.db", 1, 1, 1, "backups")).startsWith("L’archivio sarà"
                + " sostituito da b.db, che contiene 1 evento, 1 persona e 1 iscrizione.");
        assertThat(Messages.get("privacy.held.mentions", 1)).isEqualTo("1 menzione in note o descrizioni di altri record,"
                + " che diventa [erased]");
        assertThat(Messages.get("eventFile.registrants.message", 1)).startsWith("L’evento ha 1 iscritto. Il suo nome");
        assertThat(Messages.get("eventFile.counts", "Iscritti", 1, 1, 1, 1)).isEqualTo("Iscritti: 1 aggiunto,"
                + " 1 aggiornato, 1 invariato, 1 rimosso");
        assertThat(Messages.get("eventFile.skippedErased", 1)).startsWith("1 indirizzo cancellato").endsWith("è stato escluso.");
        assertThat(Messages.get("registrants.loadingCount", 1)).isEqualTo("Caricamento di 1 iscritto…");
        assertThat(Messages.get("problem.row.fieldCount", 1, 3, ";")).startsWith("La riga ha 1 campo ma l’intestazione"
                + " ne ha 3:");
    }

    @Test
    void englishCountSentencesAreAsBefore() {
        assertThat(Messages.get("export.check.leftOut", 1200L)).isEqualTo("1,200 left out");
        assertThat(Messages.get("import.done", 1, 0, 0, 1, 0)).isEqualTo("Imported: 1 new, 0 updated, 0 unchanged,"
                + " 1 skipped; 0 waitlisted.");
    }
}
