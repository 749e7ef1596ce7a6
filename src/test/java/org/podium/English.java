package org.podium;

import java.util.Locale;
import org.podium.domain.Phrase;

/** A phrase as the command line says it, so tests read the very sentences people see in English. */
public final class English {
    private English() {
    }

    public static String of(Phrase phrase) {
        return phrase.in(Locale.ENGLISH);
    }
}
