package org.podium.service.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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
        ResourceBundle bundle = ResourceBundle.getBundle("org.podium.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Locale used = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
        return new Wording() {
            @Override
            public Locale locale() {
                return used;
            }

            @Override
            public String get(String key, Object... args) {
                try {
                    return new MessageFormat(bundle.getString(key), used).format(args);
                } catch (MissingResourceException e) {
                    return key;
                }
            }
        };
    }
}
