package org.podium.exchange.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Writes a {@link PdfSheet} as an A4 PDF with Apache PDFBox, flowing onto new pages as needed.
 *
 * <p>The text is set in Liberation Sans, which PDFBox carries in its own jar, embedded as a
 * subset: the standard PDF fonts know only Western European letters and would refuse names
 * such as Gdańsk or Θεσσαλονίκη. A character the font lacks is written as "?" rather than
 * failing the whole sheet. Bold is the same font filled and stroked.
 */
public final class PdfSheetWriter {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float[] ACCENT = {0.05f, 0.30f, 0.60f};
    private static final float[] WARNING = {0.70f, 0.20f, 0.00f};
    private static final float[] MUTED = {0.40f, 0.40f, 0.40f};
    private static final float[] INK = {0f, 0f, 0f};

    /** Writes the sheet; the stream is flushed, not closed. */
    public void write(PdfSheet sheet, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(sheet.title());
            info.setCreator("Podium");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(sheet.created().toEpochMilli());
            info.setCreationDate(created);
            PDFont font;
            try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("the font " + FONT + " is missing from PDFBox");
                }
                font = PDType0Font.load(document, in, true);
            }
            new Layout(document, font).lines(sheet.lines());
            document.save(out);
            out.flush();
        }
    }

    /** Places lines top to bottom, starting a page when the next line does not fit. */
    private static final class Layout {
        private final PDDocument document;
        private final PDFont font;
        private final Map<Integer, Boolean> encodable = new HashMap<>();
        private PDPageContentStream page;
        private float y;
        private PdfSheet.Look previous;

        Layout(PDDocument document, PDFont font) {
            this.document = document;
            this.font = font;
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
            List<String> cells = new ArrayList<>();
            for (String cell : line.cells()) {
                cells.add(printable(cell));
            }
            float fixed = line.columns().stream().mapToInt(Integer::intValue).sum();
            float width = PDRectangle.A4.getWidth() - MARGIN - x - fixed;
            List<String> wrapped = new ArrayList<>();
            for (String paragraph : cells.get(cells.size() - 1).split("\n", -1)) {
                wrapped.addAll(wrap(paragraph, size, width));
            }
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
                        text(cells.get(c), cx, y, size, line.look());
                        cx += line.columns().get(c);
                    }
                } else {
                    cx += fixed;
                }
                text(wrapped.get(i), cx, y, size, line.look());
            }
        }

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
            page.setFont(font, size);
            page.setNonStrokingColor(colour[0], colour[1], colour[2]);
            if (bold) {
                page.setStrokingColor(colour[0], colour[1], colour[2]);
                page.setLineWidth(size * 0.035f);
                page.setRenderingMode(RenderingMode.FILL_STROKE);
            } else {
                page.setRenderingMode(RenderingMode.FILL);
            }
            page.newLineAtOffset(x, baseline);
            page.showText(text);
            page.endText();
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

        /** Splits a paragraph into lines no wider than {@code width}, breaking inside a word only when it alone is wider. */
        private List<String> wrap(String paragraph, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (width(candidate, size) <= width) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                String rest = word;
                while (width(rest, size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                current.append(rest);
            }
            lines.add(current.toString());
            return lines;
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** The text with every character the font cannot show replaced by "?" and tabs by spaces. */
        private String printable(String text) {
            StringBuilder b = new StringBuilder(text.length());
            text.replace('\t', ' ').replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(cp -> {
                if (cp == '\n' || encodable.computeIfAbsent(cp, this::canEncode)) {
                    b.appendCodePoint(cp);
                } else {
                    b.append('?');
                }
            });
            return b.toString();
        }

        private boolean canEncode(int codePoint) {
            if (Character.isISOControl(codePoint)) {
                return false;
            }
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
