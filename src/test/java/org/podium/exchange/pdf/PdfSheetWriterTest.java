package org.podium.exchange.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF writer read back with PDFBox's text extraction, as a reader's viewer or a search
 * would: names in every script the book may hold, from the fonts that .ci/run installs
 * (fonts-noto-core, fonts-droid-fallback, fonts-nanum, fonts-symbola).
 */
class PdfSheetWriterTest {
    private static final String ARABIC = "محمد عبد الله";
    private static final String HEBREW = "דוד לוי";
    private static final String CHINESE = "王小明";
    private static final String JAPANESE = "山田 はなこ サクラ";
    private static final String KOREAN = "김민준";

    private static PdfSheet.Line seat(String n, String text) {
        return new PdfSheet.Line(PdfSheet.Look.TEXT, 0, List.of(22), List.of(n, text));
    }

    private static PdfSheet sheet(PdfSheet.Line... lines) {
        List<PdfSheet.Line> all = new ArrayList<>();
        all.add(new PdfSheet.Line(PdfSheet.Look.TITLE, 0, List.of(), List.of("Panel of the world")));
        all.addAll(List.of(lines));
        return new PdfSheet("Panel of the world", Instant.EPOCH, all);
    }

    private static PdfSheet names() {
        return sheet(seat("1.", ARABIC + " — Panellist (Confirmed)"), seat("2.", HEBREW + " — Moderator (Invited)"),
                seat("3.", CHINESE), seat("4.", JAPANESE), seat("5.", KOREAN),
                new PdfSheet.Line(PdfSheet.Look.HEADING, 0, List.of(), List.of("Anna 🎉 Rossi 👍")));
    }

    private record Written(PdfSheetWriter.Result result, byte[] pdf) {
        String text() throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                return new PDFTextStripper().getText(document);
            }
        }
    }

    private static Written write(PdfSheet sheet, SystemFonts fonts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfSheetWriter.Result result = new PdfSheetWriter(fonts).write(sheet, out);
        return new Written(result, out.toByteArray());
    }

    @Test
    void namesInArabicHebrewChineseJapaneseKoreanAndEmojiAreReadBack() throws IOException {
        Written written = write(names(), SystemFonts.fontconfig());

        // The extraction puts right-to-left words back in logical order and Arabic's joined forms
        // back to letters (compared after NFKC all the same). Where the name stands against the
        // English words depends on the direction it guesses for the line: the sheet draws the
        // line left to right, PDFBox reads a line that starts in Arabic as right to left.
        String text = Normalizer.normalize(written.text(), Normalizer.Form.NFKC);
        assertThat(written.result().missing()).isEmpty();
        assertThat(text).contains(ARABIC, HEBREW, CHINESE, JAPANESE, KOREAN, "🎉", "👍", "Panellist (Confirmed)",
                "Moderator (Invited)").doesNotContain("?", "□");
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws IOException {
        Written written = write(names(), SystemFonts.fontconfig());

        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(written.pdf())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
        }
        // A subset's name starts with six capitals and a plus.
        assertThat(fonts).hasSizeGreaterThanOrEqualTo(4).allMatch(n -> n.matches("[A-Z]{6}\\+.+"));
        assertThat(written.pdf().length).isLessThan(400_000);
    }

    @Test
    void withoutTheComputersFontsTheMissingCharactersShowAsABoxAndAreReported() throws IOException {
        Written written = write(names(), SystemFonts.none());

        String text = written.text();
        assertThat(written.result().missing()).contains((int) '王', (int) '김', 0x1F389, (int) 'م');
        // Hebrew is in the font Podium carries; the rest is a visible box, never a silent "?".
        assertThat(text).contains(HEBREW, "Anna □ Rossi □", "□□□").doesNotContain("?");
    }

    @Test
    void aTwentyThousandCharacterLinkIsWrappedMeasuringEachCharacterOnce() throws IOException {
        String link = "https://example.org/" + "abcdefghij".repeat(1998);

        Written written = write(sheet(new PdfSheet.Line(PdfSheet.Look.TEXT, 0, List.of(110),
                List.of("Access link", link))), SystemFonts.fontconfig());

        assertThat(written.text().replaceAll("\\s", "")).isEqualTo("Panelofthe" + "world" + "Accesslink" + link);
        // One width per distinct character and font, not one per character per try.
        assertThat(written.result().measurements()).isLessThan(60);
    }
}
