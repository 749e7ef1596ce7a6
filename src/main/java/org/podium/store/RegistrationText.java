package org.podium.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.TreeMap;
import org.podium.domain.Registration;

/** How a registration's values become the text the registration table keeps, on either engine. */
final class RegistrationText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistrationText() {
    }

    /** Whether SQLite's lower(), which folds only ASCII, gives the same key as Podium's rule. */
    static boolean isAscii(String email) {
        for (int i = 0; i < email.length(); i++) {
            if (email.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The custom answers as the JSON object the registration table keeps. */
    static String answers(Registration r) {
        if (r.customAnswers().isEmpty()) {
            return "{}";
        }
        try {
            // Sorted, so the same answers are always the same text and an update can tell they did not change.
            return JSON.writeValueAsString(r.customAnswers().size() > 1 ? new TreeMap<>(r.customAnswers())
                    : r.customAnswers());
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot store the custom answers of " + r.email() + ": " + e.getOriginalMessage(), e);
        }
    }
}
