package org.podium.exchange.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Draws a PDF's pages as pictures, so that what is printed is what the PDF shows. */
public final class PdfPages {
    private PdfPages() {
    }

    /**
     * The PDF's pages at {@code dpi} dots per inch, in colour on white, less {@code trim} points
     * of margin on every side. Each page is drawn when it is asked for, so that a long sheet is
     * never held in memory whole (an A4 page at 300 dpi is about 30 MB); a page that cannot be
     * drawn is an {@link UncheckedIOException}.
     */
    public static List<BufferedImage> render(byte[] pdf, float dpi, float trim) throws IOException {
        int count;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            count = document.getNumberOfPages();
        }
        return new AbstractList<>() {
            @Override
            public BufferedImage get(int index) {
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    BufferedImage page = new PDFRenderer(document).renderImageWithDPI(index, dpi, ImageType.RGB);
                    int t = Math.round(trim * dpi / 72);
                    return page.getSubimage(t, t, page.getWidth() - 2 * t, page.getHeight() - 2 * t);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public int size() {
                return count;
            }
        };
    }
}
