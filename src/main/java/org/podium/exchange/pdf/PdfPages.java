package org.podium.exchange.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
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
     * Every page of the PDF at {@code dpi} dots per inch, in colour on white, less {@code trim}
     * points of margin on every side.
     */
    public static List<BufferedImage> render(byte[] pdf, float dpi, float trim) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                int t = Math.round(trim * dpi / 72);
                pages.add(page.getSubimage(t, t, page.getWidth() - 2 * t, page.getHeight() - 2 * t));
            }
            return pages;
        }
    }
}
