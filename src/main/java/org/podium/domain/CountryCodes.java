package org.podium.domain;

import java.util.Locale;
import java.util.Set;

/** The rule for a registrant's country: an ISO 3166 alpha-2 code, upper case, or nothing. */
public final class CountryCodes {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private CountryCodes() {
    }

    /** The code as stored: trimmed and upper-cased, so "it " becomes "IT". */
    public static String normalise(String code) {
        return Text.clean(code).toUpperCase(Locale.ROOT);
    }

    /** Whether the text is empty or, once normalised, a country code ISO 3166 assigns. */
    public static boolean isValid(String code) {
        String normal = normalise(code);
        return normal.isEmpty() || CODES.contains(normal);
    }
}
