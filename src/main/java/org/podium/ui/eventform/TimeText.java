package org.podium.ui.eventform;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the times people type in a form: "10:00", "9:30", "1015" and "10.15" all work. */
final class TimeText {
    private TimeText() {
    }

    static Optional<LocalTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace('.', ':');
        if (t.matches("\\d{3,4}")) {
            t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
        }
        if (t.matches("\\d:\\d\\d")) {
            t = "0" + t;
        }
        try {
            return Optional.of(LocalTime.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String format(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
