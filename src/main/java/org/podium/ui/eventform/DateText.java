package org.podium.ui.eventform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * Shows dates as "28 May 2026" in the interface language and reads them back, also taking
 * ISO dates (2026-05-28) and day/month/year as Europeans type them.
 */
final class DateText extends StringConverter<LocalDate> {
    private final DateTimeFormatter shown;
    private final DateTimeFormatter[] accepted;

    DateText(Locale locale) {
        shown = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        accepted = new DateTimeFormatter[] {shown, DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/yyyy", locale), DateTimeFormatter.ofPattern("d.M.yyyy", locale),
            DateTimeFormatter.ofPattern("d MMMM yyyy", locale)};
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : shown.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : accepted) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        // An unreadable date clears the field, so the form shows "Pick a date" next to it.
        return null;
    }
}
