package org.podium.ui.registrants;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as search and sort compare it: lower case and without accents, so "jose" finds "José". */
final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    static String key(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7f) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower;
    }
}
