package org.podium.ui.common;

import java.util.Locale;
import java.util.ResourceBundle;
import org.podium.domain.Phrase;
import org.podium.domain.Phrased;

/**
 * Every user-facing string of the window, from the English and Italian bundles. The locale is
 * chosen once at start from the preferences; a missing key shows as itself so it is noticed.
 */
public final class Messages {
    /** The system's conventions for dates, as the JVM started, given back when its language is chosen. */
    private static final Locale SYSTEM_FORMAT = Locale.getDefault(Locale.Category.FORMAT);
    private static volatile ResourceBundle bundle = load(Locale.ENGLISH);

    private Messages() {
    }

    /**
     * Switches the interface language; windows built afterwards speak it. JavaFX's DatePicker names
     * its months and days in the JVM's default format locale and has no locale of its own, so that
     * default follows the language too. Nothing else depends on it: every text, number and date
     * Podium writes (exports, the command line) names its locale.
     */
    public static void use(Locale locale) {
        bundle = load(locale);
        Locale.setDefault(Locale.Category.FORMAT, calendar(locale()));
    }

    /**
     * The locale for calendars: the system's own when it speaks the language (keeping, say, a
     * Swiss Italian's conventions), else the language as spoken at home, so an Italian window's
     * weeks start on Monday even on an American system.
     */
    static Locale calendar(Locale language) {
        if (SYSTEM_FORMAT.getLanguage().equals(language.getLanguage())) {
            return SYSTEM_FORMAT;
        }
        return language.getLanguage().equals(Locale.ITALIAN.getLanguage()) ? Locale.ITALY : language;
    }

    public static Locale locale() {
        return Phrase.spoken(bundle);
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    public static String get(String key, Object... args) {
        return say(Phrase.of(key, args));
    }

    /** A phrase from the services, such as a problem in an imported file, in the window's language. */
    public static String say(Phrase phrase) {
        return phrase.in(bundle);
    }

    /**
     * Why a task failed, for the line under a dialog's failure message: in the window's language
     * when the failure carries its reason as a phrase (a file refused whole, a value a record
     * refuses), else its message.
     */
    public static String reason(Throwable failure) {
        if (failure instanceof Phrased said && said.phrase().isPresent()) {
            return say(said.phrase().get());
        }
        return failure.getMessage();
    }

    private static ResourceBundle load(Locale locale) {
        return Phrase.bundle(locale);
    }
}
