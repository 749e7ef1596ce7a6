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
    void aMissingKeyShowsItselfRatherThanFailing() {
        assertThat(Messages.get("no.such.key")).isEqualTo("no.such.key");
    }
}
