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

    private FormulaGuard() {
    }

    /** Whether a spreadsheet could take the cell for a formula. */
    public static boolean isDangerous(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r' || isFormulaStart(first)) {
            return true;
        }
        if (first != ' ') {
            return false;
        }
        int i = 1;
        while (i < cell.length() && cell.charAt(i) == ' ') {
            i++;
        }
        return i < cell.length() && isFormulaStart(cell.charAt(i));
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    /** The cell as a mailing or spreadsheet profile writes it: quoted in front when dangerous. */
    public static String neutralise(String cell) {
        return isDangerous(cell) ? QUOTE + cell : cell;
    }
}
