package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A refused value's message is the English sentence the command line has always printed, word
 * for word, and its phrase says the same in Italian for the window.
 */
class InvalidFieldExceptionTest {
    private static InvalidFieldException refused(Runnable making) {
        return catchThrowableOfType(making::run, InvalidFieldException.class);
    }

    private static String italian(InvalidFieldException e) {
        return e.phrase().orElseThrow().in(Locale.ITALIAN);
    }

    @Test
    void aRecordsRefusalsKeepTheirEnglishMessagesAndSayThemInItalian() {
        InvalidFieldException title = refused(() -> Text.required(" ", "title"));
        assertThat(title.getMessage()).isEqualTo("title is required");
        assertThat(title.field()).isEqualTo("title");
        assertThat(italian(title)).isEqualTo("il campo “titolo” è obbligatorio");

        InvalidFieldException minutes = refused(() -> Bounds.checkMinutes("minutes", 0));
        assertThat(minutes.getMessage()).isEqualTo("minutes must be from 1 to 10080 minutes (a week), not 0");
        assertThat(italian(minutes)).isEqualTo("il campo “minuti” deve essere da 1 a 10080 minuti (una settimana),"
                + " non 0");

        InvalidFieldException name = refused(() -> new Person(0, "", " ", "", "", "", "", null, "", "", "", ""));
        assertThat(name.getMessage()).isEqualTo("a first or last name is required");
        assertThat(italian(name)).isEqualTo("serve almeno il nome o il cognome");

        InvalidFieldException start = refused(() -> Event.builder("Webinar", LocalDateTime.of(1899, 12, 31, 10, 0),
                ZoneId.of("Europe/Rome"), 60).build());
        assertThat(start.getMessage()).isEqualTo("the start must be between the years 1900 and 2200, not"
                + " 1899-12-31T10:00");
        assertThat(italian(start)).isEqualTo("l’inizio deve essere tra gli anni 1900 e 2200, non 1899-12-31T10:00");
    }

    @Test
    void theServicesRefusalsKeepTheirEnglishMessagesWordForWord() {
        assertThat(new InvalidFieldException("country", "invalid.country", "XX").getMessage())
                .isEqualTo("'XX' is not an ISO 3166 country code such as IT or DE");
        assertThat(new InvalidFieldException("person", "invalid.seated", "Ana Costa", 12345L, "Webinar",
                Phrase.of("invalid.role.OPENING_REMARKS")).getMessage())
                .isEqualTo("Ana Costa (person 12345) is already seated on “Webinar” as opening remarks");
        assertThat(new InvalidFieldException("email", "invalid.emailTaken", "ana@x.org", "Ana Costa", 1234L)
                .getMessage()).isEqualTo("ana@x.org is already the address of Ana Costa (person 1234)");
        assertThat(new InvalidFieldException("organisation", "invalid.organisationInUse", "MPIE", 1, "Webinar")
                .getMessage()).isEqualTo("MPIE takes part in 1 event(s) (Webinar): remove it from them first");
        assertThat(new InvalidFieldException("months", "invalid.months", 1201).getMessage())
                .isEqualTo("the number of months must be between 1 and 1200, not 1201");
        assertThat(new InvalidFieldException("url", "invalid.url", "www.x.org").getMessage())
                .isEqualTo("'www.x.org' is not a web address: it must start with https:// or http://");
        assertThat(new InvalidFieldException("sdgs", "invalid.sdg", 18).getMessage())
                .isEqualTo("SDG 18 is not between 1 and 17");
        assertThat(italian(new InvalidFieldException("organisation", "invalid.organisationInUse", "MPIE", 1,
                "Webinar"))).isEqualTo("MPIE partecipa a un evento (Webinar): toglila prima da quell’evento");
    }
}
