package org.podium.exchange.csv;

import java.util.List;
import org.podium.domain.RegistrantField;

/**
 * The cell encoding of the Full profile, Podium's lossless archive of registrants. Like every
 * profile it neutralises formulas, but reversibly: Podium puts one single quote in front of
 * a cell that begins with a quote or that a spreadsheet could run ({@link FormulaGuard}), and
 * {@link #decodeCell} removes exactly that one quote, so "=1+1" is written "'=1+1" and
 * "'quoted" is written "''quoted", and both read back as they were.
 *
 * <p>A Full file is recognised by its header, which is exactly {@link #HEADER} in that
 * order (UTF-8 without BOM, comma-separated, CRLF, RFC 4180 quoting).
 */
public final class FullProfile {
    /** The header line of a Full file, column by column. */
    public static final List<String> HEADER = List.of("email", "first_name", "last_name", "organisation",
            "job_title", "city", "country", "language", "registered_at", "source", "status", "minutes_attended",
            "consent", "consent_at", "consent_source", "custom_answers", "notes", "events");

    /**
     * The field each column of {@link #HEADER} restores, in the same order; the events the
     * registrant was exported for are there to read, and are not imported.
     */
    public static final List<RegistrantField> MAPPING = List.of(RegistrantField.EMAIL, RegistrantField.FIRST_NAME,
            RegistrantField.LAST_NAME, RegistrantField.ORGANISATION, RegistrantField.JOB_TITLE, RegistrantField.CITY,
            RegistrantField.COUNTRY, RegistrantField.LANGUAGE, RegistrantField.REGISTERED_AT, RegistrantField.SOURCE,
            RegistrantField.STATUS, RegistrantField.DURATION, RegistrantField.CONSENT, RegistrantField.CONSENT_AT,
            RegistrantField.CONSENT_SOURCE, RegistrantField.ANSWERS, RegistrantField.NOTES, RegistrantField.IGNORE);

    private FullProfile() {
    }

    /** Whether a file's header row says it is a Full file. */
    public static boolean isFullHeader(List<String> header) {
        return HEADER.equals(header);
    }

    /** The cell as a Full file holds it; {@link #decodeCell} is its exact inverse. */
    public static String encodeCell(String value) {
        return !value.isEmpty() && value.charAt(0) == FormulaGuard.QUOTE || FormulaGuard.isDangerous(value)
                ? FormulaGuard.QUOTE + value : value;
    }

    /** The original value of a cell read from a Full file: one leading quote Podium added is removed. */
    public static String decodeCell(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == FormulaGuard.QUOTE ? cell.substring(1) : cell;
    }
}
