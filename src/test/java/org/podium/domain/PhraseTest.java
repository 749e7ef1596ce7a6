package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A phrase is said in the language asked for, its values put in exactly as they are. */
class PhraseTest {
    @Test
    void aPhraseInsideAPhraseIsSaidInTheSameLanguage() {
        Phrase why = Phrase.of("problem.file.cannotRead", "iscritti.csv", Phrase.of("problem.reason.noSuchFile"));

        assertThat(why.in(Locale.ENGLISH)).isEqualTo("Cannot read iscritti.csv: there is no such file.");
        assertThat(why.in(Locale.ITALIAN)).isEqualTo("Impossibile leggere iscritti.csv: il file non esiste.");
    }

    @Test
    void valuesKeepTheirQuotesBracesAndInvisibleCharactersAndLineNumbersAreNotGrouped() {
        String value = "O'Brien {0} \u200B\u00A0''";

        assertThat(Phrase.of("problem.row.badEmail", value).in(Locale.ENGLISH))
                .isEqualTo("Invalid email '" + value + "': an address looks like name@example.org.");
        assertThat(Phrase.of("problem.file.noRows", 12_345L).in(Locale.ITALIAN))
                .isEqualTo("Non ci sono righe sotto l’intestazione alla riga 12345.");
    }

    @Test
    void aLanguageWithoutTextsIsEnglishAndAMissingKeyIsSaidAsItself() {
        assertThat(Phrase.of("problem.file.empty").in(Locale.GERMAN)).isEqualTo("The file is empty.");
        assertThat(Phrase.of("no.such.key", 1).in(Locale.ITALIAN)).isEqualTo("no.such.key");
    }
}
