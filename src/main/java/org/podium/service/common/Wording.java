package org.podium.service.common;

import java.util.Locale;
import org.podium.domain.Phrase;

/**
 * The words of documents Podium writes for people to read, such as the cue sheet, in the
 * reader's language: the window passes its own bundle texts, the command line English ones.
 */
public interface Wording {
    Locale locale();

    /** The text of a bundle key with its arguments filled in. */
    String get(String key, Object... args);

    /** The bundle texts of the language, read as the window reads them; English is the base. */
    static Wording of(Locale locale) {
        Locale used = Phrase.spoken(Phrase.bundle(locale));
        return new Wording() {
            @Override
            public Locale locale() {
                return used;
            }

            @Override
            public String get(String key, Object... args) {
                return Phrase.of(key, args).in(used);
            }
        };
    }
}
