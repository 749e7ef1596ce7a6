package org.podium.exchange.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shaping, bidi order and the line wrap of the cue sheet PDF, without fonts: widths are given. */
class PdfTextTest {
    private static List<String> wrap(String text, float charWidth, float max) {
        float[] widths = new float[text.length()];
        for (int i = 0; i < text.length(); i++) {
            widths[i] = Character.isLowSurrogate(text.charAt(i)) ? 0 : charWidth;
        }
        return PdfText.wrap(text, widths, max).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void wordsMoveToTheNextLineAndTheSpaceBetweenIsDropped() {
        assertThat(wrap("aaa bbb ccc", 1, 7)).containsExactly("aaa bbb", "ccc");
        assertThat(wrap("aaa bbb ccc", 1, 6)).containsExactly("aaa", "bbb", "ccc");
        assertThat(wrap("", 1, 6)).containsExactly("");
        assertThat(wrap("fits", 1, 60)).containsExactly("fits");
    }

    @Test
    void aWordWiderThanTheLineIsCutAnywhereAfterTheWordsBeforeIt() {
        assertThat(wrap("ab cdefghijkl", 1, 5)).containsExactly("ab", "cdefg", "hijkl");
        assertThat(wrap("abcdefghijk xy", 1, 5)).containsExactly("abcde", "fghij", "k xy");
    }

    @Test
    void aTwentyThousandCharacterLinkIsCutIntoFullLinesInOnePass() {
        String link = "https://example.org/" + "abcdefghij".repeat(1998);

        List<String> lines = wrap(link, 5, 400);

        // 80 characters of 5 points fill each 400-point line; nothing is lost or added.
        assertThat(String.join("", lines)).isEqualTo(link);
        assertThat(lines).hasSize(250).allSatisfy(l -> assertThat(l).hasSize(80));
    }

    @Test
    void anEmojiIsNeverCutInHalf() {
        String text = "😀😀😀";

        assertThat(wrap(text, 1, 2)).containsExactly("😀😀", "😀");
    }

    @Test
    void arabicIsJoinedAndStaysInLogicalOrderUntilTheLineIsDrawn() {
        String name = "محمد عبد الله";

        String shaped = PdfText.shape(name);

        assertThat(shaped).isNotEqualTo(name);
        assertThat(shaped.chars()).allMatch(c -> c == ' ' || c >= 0xFE70 && c <= 0xFEFF);
        assertThat(Normalizer.normalize(shaped, Normalizer.Form.NFKC)).isEqualTo(name);
        assertThat(PdfText.shape("Anna Rossi")).isEqualTo("Anna Rossi");
    }

    @Test
    void rightToLeftRunsAreReversedInsideALeftToRightLineWithBracketsMirrored() {
        String text = "1. דוד (לוי) — Panellist";

        String visual = PdfText.visual(PdfText.bidi(text), text, 0, text.length());

        assertThat(visual).isEqualTo("1. (יול) דוד — Panellist");
        assertThat(PdfText.bidi("Anna Rossi")).isNull();
        assertThat(PdfText.visual(null, "Anna Rossi", 5, 10)).isEqualTo("Rossi");
    }

    @Test
    void eachWrappedLineIsReorderedOnItsOwn() {
        String text = "אבג דהו";
        float[] widths = new float[text.length()];
        Arrays.fill(widths, 1);
        List<int[]> lines = PdfText.wrap(text, widths, 4);
        var bidi = PdfText.bidi(text);

        assertThat(lines.stream().map(r -> PdfText.visual(bidi, text, r[0], r[1])))
                .containsExactly("גבא", "והד");
    }
}
