package org.podium.exchange.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How the computer's fonts are ranked, asked once, and done without when fontconfig fails. */
class SystemFontsTest {
    private static SystemFonts.Candidate font(String file, String family, String style) {
        return new SystemFonts.Candidate(new SystemFonts.Face(Path.of("/fonts/" + file), family), family, style);
    }

    @Test
    void aRegularSansFaceNamedForTheScriptComesFirst() {
        List<SystemFonts.Candidate> arabic = List.of(font("DejaVuSans.ttf", "DejaVu Sans", "Book"),
                font("DejaVuSansMono.ttf", "DejaVu Sans Mono", "Book"),
                font("NotoKufiArabic-Regular.ttf", "Noto Kufi Arabic", "Regular"),
                font("NotoSansArabic-Bold.ttf", "Noto Sans Arabic", "Bold"),
                font("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", "Regular"),
                font("NotoSansIndicSiyaqNumbers-Regular.ttf", "Noto Sans Indic Siyaq Numbers", "Regular"));

        assertThat(SystemFonts.rank('م', arabic)).extracting(f -> f.file().getFileName().toString())
                .startsWith("NotoSansArabic-Regular.ttf", "NotoSansIndicSiyaqNumbers-Regular.ttf")
                .endsWith("DejaVuSansMono.ttf");
    }

    @Test
    void eachCharacterIsAskedOnceAndAFailingFontconfigIsNotAskedAgain() {
        AtomicInteger asked = new AtomicInteger();
        SystemFonts fonts = new SystemFonts(cp -> {
            asked.incrementAndGet();
            if (cp == 'x') {
                return List.of(font("A.ttf", "A Sans", "Regular"));
            }
            throw new IOException("fc-list: not found");
        });

        assertThat(fonts.covering('x')).hasSize(1);
        assertThat(fonts.covering('x')).hasSize(1);
        assertThat(fonts.covering('y')).isEmpty();
        assertThat(fonts.covering('z')).isEmpty();
        assertThat(asked).hasValue(2);
    }

    @Test
    void aFontThatCannotBeReadIsSkippedAndTheSheetIsStillWritten() throws IOException {
        SystemFonts broken = new SystemFonts(cp -> List.of(font("missing.ttf", "Missing Sans", "Regular")));
        PdfSheet sheet = new PdfSheet("x", Instant.EPOCH,
                List.of(new PdfSheet.Line(PdfSheet.Look.TEXT, 0, List.of(), List.of("王 Anna"))));

        PdfSheetWriter.Result result = new PdfSheetWriter(broken).write(sheet, new ByteArrayOutputStream());

        assertThat(result.missing()).containsExactly((int) '王');
    }
}
