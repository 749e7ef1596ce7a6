package org.podium.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-facing string of the window, from the English and Italian bundles. The locale is
 * chosen once at start from the preferences; a missing key shows as itself so it is noticed.
 */
public final class Messages {
    private static final String BUNDLE = "org.podium.i18n.messages";
    private static volatile ResourceBundle bundle = load(Locale.ENGLISH);

    private Messages() {
    }

    /** Switches the interface language; windows built afterwards speak it. */
    public static void use(Locale locale) {
        bundle = load(locale);
    }

    public static Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // Always through MessageFormat, so quoting rules are the same for every key.
        return new MessageFormat(pattern, locale()).format(args);
    }

    private static ResourceBundle load(Locale locale) {
        // English is the base bundle: no fallback to the JVM's default locale.
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
