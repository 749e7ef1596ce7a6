package org.podium.exchange.pdf;

import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Writes a {@link PdfSheet} as an A4 PDF with Apache PDFBox, flowing onto new pages as needed.
 *
 * <p>Each character is set in the first font of a {@link FontChain} that has it: Liberation
 * Sans from PDFBox's jar, then the computer's fonts found through fontconfig, each embedded as
 * a subset. Arabic is shaped and right-to-left runs are put in visual order with ICU
 * ({@link PdfText}). A character no font has is drawn as "□" and listed in the {@link Result},
 * never dropped or turned silently into "?". Colour emoji fonts cannot be embedded by PDFBox, so
 * emoji come from a monochrome font (Symbola, DejaVu Sans) when one is installed, else "□".
 * Bold is the same font filled and stroked.
 */
public final class PdfSheetWriter {
    private static final float MARGIN = 50;
    private static final float[] ACCENT = {0.05f, 0.30f, 0.60f};
    private static final float[] WARNING = {0.70f, 0.20f, 0.00f};
    private static final float[] MUTED = {0.40f, 0.40f, 0.40f};
    private static final float[] INK = {0f, 0f, 0f};

    /**
     * What writing found.
     *
     * @param missing the characters no font on this computer has, drawn as "□", in code point order
     * @param measurements how many glyph widths were looked up: at most one per character and font,
     *                     however long the text
     */
    public record Result(List<Integer> missing, int measurements) {
        public Result {
            missing = List.copyOf(missing);
        }
    }

    private final SystemFonts systemFonts;

    /** A writer that falls back on the computer's fonts through fontconfig. */
    public PdfSheetWriter() {
        this(SystemFonts.fontconfig());
    }

    public PdfSheetWriter(SystemFonts systemFonts) {
        this.systemFonts = systemFonts;
    }

    /** Writes the sheet; the stream is flushed, not closed. */
    public Result write(PdfSheet sheet, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); FontChain fonts = new FontChain(document, systemFonts)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(sheet.title());
            info.setCreator("Podium");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(sheet.created().toEpochMilli());
            info.setCreationDate(created);
            new Layout(document, fonts).lines(sheet.lines());
            document.save(out);
            out.flush();
            return new Result(fonts.missing().stream().map(PdfSheetWriter::letter).distinct().sorted().toList(),
                    fonts.measurements());
        }
    }

    /** The letter an Arabic joined form was made from, as the user typed it; any other character as it is. */
    private static int letter(int codePoint) {
        boolean presentationForm = codePoint >= 0xFB50 && codePoint <= 0xFDFF || codePoint >= 0xFE70 && codePoint <= 0xFEFF;
        return presentationForm ? Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC).codePointAt(0)
                : codePoint;
    }

    /** Places lines top to bottom, starting a page when the next line does not fit. */
    private static final class Layout {
        private final PDDocument document;
        private final FontChain fonts;
        private PDPageContentStream page;
        private float y;
        private PdfSheet.Look previous;

        Layout(PDDocument document, FontChain fonts) {
            this.document = document;
            this.fonts = fonts;
        }

        void lines(List<PdfSheet.Line> lines) throws IOException {
            newPage();
            try {
                for (PdfSheet.Line line : lines) {
                    line(line);
                }
            } finally {
                page.close();
            }
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            document.addPage(p);
            page = new PDPageContentStream(document, p);
            y = p.getMediaBox().getHeight() - MARGIN;
        }

        private void line(PdfSheet.Line line) throws IOException {
            float size = size(line.look());
            float leading = size * 1.35f;
            float spaceBefore = line.look() == PdfSheet.Look.HEADING ? 10 : line.look() == PdfSheet.Look.SUBTITLE ? 2 : 0;
            // A little air between the titles and what follows them.
            if ((previous == PdfSheet.Look.TITLE || previous == PdfSheet.Look.SUBTITLE)
                    && line.look() != PdfSheet.Look.SUBTITLE) {
                spaceBefore += 6;
            }
            previous = line.look();
            float x = MARGIN + line.indent();
            int last = line.cells().size() - 1;
            List<String> fixedCells = new ArrayList<>();
            for (int c = 0; c < last; c++) {
                fixedCells.add(String.join(" ", lines(line.cells().get(c).replace('\n', ' '), size, Float.MAX_VALUE)));
            }
            float fixed = line.columns().stream().mapToInt(Integer::intValue).sum();
            float width = PDRectangle.A4.getWidth() - MARGIN - x - fixed;
            List<String> wrapped = lines(line.cells().get(last), size, width);
            if (y - spaceBefore - leading < MARGIN) {
                newPage();
            } else {
                y -= spaceBefore;
            }
            for (int i = 0; i < wrapped.size(); i++) {
                if (y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                float cx = x;
                if (i == 0) {
                    for (int c = 0; c < line.columns().size(); c++) {
                        text(fixedCells.get(c), cx, y, size, line.look());
                        cx += line.columns().get(c);
                    }
                } else {
                    cx += fixed;
                }
                text(wrapped.get(i), cx, y, size, line.look());
            }
        }

        /** The cell's text as lines no wider than {@code width}, each in the order its glyphs are drawn. */
        private List<String> lines(String cell, float size, float width) {
            List<String> lines = new ArrayList<>();
            String text = Normalizer.normalize(cell.replace('\t', ' ').replace("\r\n", "\n").replace('\r', '\n'),
                    Normalizer.Form.NFC);
            for (String paragraph : text.split("\n", -1)) {
                String shaped = PdfText.shape(paragraph);
                float[] widths = new float[shaped.length()];
                FontChain.Font font = null;
                for (int i = 0; i < shaped.length(); i += Character.charCount(shaped.codePointAt(i))) {
                    int cp = shaped.codePointAt(i);
                    if (FontChain.ignorable(cp)) {
                        continue;
                    }
                    font = fonts.font(cp, font);
                    widths[i] = fonts.advance(cp, font) / 1000 * size;
                }
                Bidi bidi = PdfText.bidi(shaped);
                for (int[] range : PdfText.wrap(shaped, widths, width)) {
                    lines.add(PdfText.visual(bidi, shaped, range[0], range[1]));
                }
            }
            return lines;
        }

        /** Draws a line already in visual order, one text run per font. */
        private void text(String text, float x, float baseline, float size, PdfSheet.Look look) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            float[] colour = switch (look) {
                case HEADING -> ACCENT;
                case WARNING -> WARNING;
                case MUTED -> MUTED;
                default -> INK;
            };
            boolean bold = look == PdfSheet.Look.TITLE || look == PdfSheet.Look.HEADING || look == PdfSheet.Look.WARNING;
            page.beginText();
            page.setNonStrokingColor(colour[0], colour[1], colour[2]);
            if (bold) {
                page.setStrokingColor(colour[0], colour[1], colour[2]);
                page.setLineWidth(size * 0.035f);
                page.setRenderingMode(RenderingMode.FILL_STROKE);
            } else {
                page.setRenderingMode(RenderingMode.FILL);
            }
            page.newLineAtOffset(x, baseline);
            StringBuilder run = new StringBuilder();
            FontChain.Font runFont = null;
            FontChain.Font font = null;
            float runWidth = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                int cp = text.codePointAt(i);
                if (FontChain.ignorable(cp)) {
                    continue;
                }
                font = fonts.font(cp, font);
                if (font != runFont && run.length() > 0) {
                    show(run, runFont, size);
                    // The next run starts where this one ends: Td moves from the start of the last run.
                    page.newLineAtOffset(runWidth, 0);
                    run.setLength(0);
                    runWidth = 0;
                }
                runFont = font;
                run.appendCodePoint(fonts.drawn(cp, font));
                runWidth += fonts.advance(cp, font) / 1000 * size;
            }
            if (run.length() > 0) {
                show(run, runFont, size);
            }
            page.endText();
        }

        private void show(CharSequence run, FontChain.Font font, float size) throws IOException {
            page.setFont(font.pdf(), size);
            page.showText(run.toString());
        }

        private static float size(PdfSheet.Look look) {
            return switch (look) {
                case TITLE -> 18;
                case SUBTITLE -> 12.5f;
                case HEADING -> 12;
                case MUTED -> 9;
                default -> 10;
            };
        }
    }
}
