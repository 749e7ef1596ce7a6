package org.podium.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for comparing addresses: trimmed and case-folded, so "Ana@X.org " and
 * "ana@x.org" are the same registrant and the same person across the whole book.
 */
public final class Emails {
    private static final Pattern PLAUSIBLE = Pattern.compile(
            "^[^\\s@\"(),:;<>\\[\\\\\\]]+@[^\\s@\"(),:;<>\\[\\\\\\]]+\\.[^\\s@\"(),:;<>\\[\\\\\\].]{2,}$");

    private Emails() {
    }

    /** The key an address is stored and compared by. */
    public static String normalise(String email) {
        return Text.clean(email).toLowerCase(Locale.ROOT);
    }

    /** Whether the address has the shape of one a mailing tool would accept. */
    public static boolean isValid(String email) {
        String trimmed = Text.clean(email);
        return trimmed.length() <= 254 && PLAUSIBLE.matcher(trimmed).matches()
                && !trimmed.contains("..");
    }
}
