package org.podium.exchange.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Text made ready for a PDF, which draws glyphs left to right exactly as given: Arabic letters
 * turned into their joined forms (ICU's {@link ArabicShaping}), lines broken in linear time, and
 * each line put in visual order (ICU's {@link Bidi}) so that Arabic and Hebrew read right to left
 * inside the sheet's left-to-right lines.
 */
final class PdfText {
    private PdfText() {
    }

    /**
     * The paragraph with its Arabic letters in their initial, medial, final or isolated forms,
     * still in logical order; any other text is returned as it is.
     */
    static String shape(String paragraph) {
        if (paragraph.chars().noneMatch(PdfText::isArabic)) {
            return paragraph;
        }
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(paragraph);
        } catch (ArabicShapingException e) {
            // Unjoined letters are still readable.
            return paragraph;
        }
    }

    private static boolean isArabic(int c) {
        return c >= 0x0600 && c <= 0x08FF;
    }

    /**
     * Where to break a paragraph into lines no wider than {@code max}: at spaces, which are
     * dropped, and inside a word only when the word alone is wider than a line. Each char's
     * width is given (0 for the second half of a surrogate pair), so the whole takes one pass.
     *
     * @return the lines as {@code {start, end}} char ranges of the paragraph, at least one
     */
    static List<int[]> wrap(String paragraph, float[] widths, float max) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        int lastSpace = -1;
        float width = 0;
        float sinceSpace = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            if (c == ' ') {
                if (width + widths[i] > max && i > start) {
                    lines.add(new int[] {start, i});
                    start = i + 1;
                    lastSpace = -1;
                    width = 0;
                    sinceSpace = 0;
                    continue;
                }
                lastSpace = i;
                width += widths[i];
                sinceSpace = 0;
                continue;
            }
            if (width + widths[i] > max && i > start && !Character.isLowSurrogate(c)) {
                if (lastSpace >= start) {
                    // The words after the last space move to the next line.
                    lines.add(new int[] {start, lastSpace});
                    start = lastSpace + 1;
                    width = sinceSpace;
                } else {
                    // One word wider than the line: cut it here.
                    lines.add(new int[] {start, i});
                    start = i;
                    width = 0;
                    sinceSpace = 0;
                }
                lastSpace = -1;
                if (width + widths[i] > max && i > start) {
                    lines.add(new int[] {start, i});
                    start = i;
                    width = 0;
                    sinceSpace = 0;
                }
            }
            width += widths[i];
            sinceSpace += widths[i];
        }
        if (start < n || lines.isEmpty()) {
            lines.add(new int[] {start, n});
        }
        return lines;
    }

    /**
     * The line {@code [start, end)} of a shaped paragraph in the order its glyphs are drawn,
     * mirrored brackets included, with bidi controls removed. The sheet's lines run left to
     * right (its words are English or Italian); right-to-left names inside them are reversed,
     * with their marks kept after their letters. The levels come from the whole paragraph, as the
     * Unicode bidi algorithm asks.
     */
    static String visual(Bidi paragraph, String text, int start, int end) {
        if (paragraph == null) {
            return text.substring(start, end);
        }
        if (start == end) {
            return "";
        }
        return paragraph.setLine(start, end)
                .writeReordered(Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /** The paragraph's bidi levels, or null when it holds nothing right to left. */
    static Bidi bidi(String paragraph) {
        char[] chars = paragraph.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return null;
        }
        Bidi bidi = new Bidi();
        bidi.setPara(paragraph, (byte) 0, null);
        return bidi;
    }
}
