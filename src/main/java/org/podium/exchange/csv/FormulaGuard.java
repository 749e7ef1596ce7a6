package org.podium.exchange.csv;

/**
 * Keeps a spreadsheet from running a CSV cell as a formula (CSV injection), as OWASP advises:
 * a cell that begins with {@code = + - @}, a tab or a carriage return gets a single quote in
 * front, which spreadsheets read as "this is text". Spaces before one of {@code = + - @} do
 * not make the cell safe, because some spreadsheets and import dialogs trim them, so such a
 * cell is neutralised too ("' =1+1").
 */
public final class FormulaGuard {
    /** The mark put in front of a neutralised cell. */
    public static final char QUOTE = '\'';
    private static final int NONE = -1;

    private FormulaGuard() {
    }

    /** Whether a spreadsheet could take the cell for a formula. */
    public static boolean isDangerous(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == ' ') {
            i++;
        }
        return dangerous(cell.isEmpty() ? NONE : cell.charAt(0), i < cell.length() ? cell.charAt(i) : NONE);
    }

    /**
     * The same rule for a cell given as UTF-8 bytes {@code [from, to)}: every character it looks
     * at is ASCII, and no byte of a longer UTF-8 sequence is, so the bytes decide exactly as the
     * characters would.
     */
    public static boolean isDangerous(byte[] utf8, int from, int to) {
        int i = from;
        while (i < to && utf8[i] == ' ') {
            i++;
        }
        return dangerous(from == to ? NONE : utf8[from], i < to ? utf8[i] : NONE);
    }

    /** The first character, and the first after any leading spaces (the same when there are none). */
    private static boolean dangerous(int first, int afterSpaces) {
        return first == '\t' || first == '\r' || afterSpaces == '=' || afterSpaces == '+' || afterSpaces == '-'
                || afterSpaces == '@';
    }

    /** The cell as a mailing or spreadsheet profile writes it: quoted in front when dangerous. */
    public static String neutralise(String cell) {
        return isDangerous(cell) ? QUOTE + cell : cell;
    }
}
