package org.podium.domain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A sentence for people to read, kept as its key in the bundles and its values until it is
 * said: a problem found while reading a file is said in the window's language and, on the
 * command line, in English. The one place that turns a key and values into text; a value that
 * is itself a phrase is said in the same language, and other values are put in as they are.
 */
public record Phrase(String key, List<Object> args) {
    private static final String BUNDLE = "org.podium.i18n.messages";

    public Phrase {
        // Arrays.asList keeps a null value (MessageFormat writes "null"), which List.of refuses.
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, args == null ? List.of() : Arrays.asList(args));
    }

    /** The sentence in the language; a key missing from the bundles is said as itself, so it is noticed. */
    public String in(Locale locale) {
        return in(bundle(locale));
    }

    /** The sentence in the language of bundle texts already loaded, such as the window's. */
    public String in(ResourceBundle bundle) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] values = args.stream().map(a -> a instanceof Phrase p ? p.in(bundle) : a).toArray();
        // Always through MessageFormat, so quoting rules are the same for every key.
        return new MessageFormat(pattern, spoken(bundle)).format(values);
    }

    /** The bundle texts of the language, English being the base: never the JVM's default locale. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language a bundle speaks: the base bundle is English. */
    public static Locale spoken(ResourceBundle bundle) {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }
}
