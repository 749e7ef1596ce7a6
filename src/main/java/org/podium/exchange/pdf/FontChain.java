package org.podium.exchange.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts one PDF draws with, chosen character by character: Liberation Sans, which PDFBox
 * carries in its jar (Latin, Greek, Cyrillic, Hebrew), then the computer's fonts for what it
 * lacks (Arabic, Chinese, Japanese, Korean, emoji...). Each font is loaded once per document and
 * embedded as a subset of the glyphs used. A character that no font has is drawn as
 * {@link #PLACEHOLDER} and remembered in {@link #missing()}, so that the caller can say so.
 */
final class FontChain implements Closeable {
    /** "□", drawn where no font has the character; Liberation Sans has it. */
    static final int PLACEHOLDER = 0x25A1;
    private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** A font loaded into the document, with the table telling which characters it has. */
    record Font(PDType0Font pdf, TrueTypeFont ttf, CmapLookup cmap) {
        Font(PDType0Font pdf, TrueTypeFont ttf) throws IOException {
            this(pdf, ttf, ttf.getUnicodeCmapLookup(false));
        }

        /**
         * The font loaded into the document. PDFBox's own glyph substitution is turned off: ICU
         * shapes the text and the widths are measured glyph by glyph, so Latin ligatures would
         * only make the drawn lines differ from the measured ones (and PDFBox's substitution
         * costs a regular expression per line).
         */
        static Font load(PDDocument document, TrueTypeFont ttf) throws IOException {
            ttf.setEnableGsub(false);
            return new Font(PDType0Font.load(document, ttf, true), ttf);
        }

        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }

        /** The glyph's advance in thousandths of the font size, as PDFBox writes it in the font's widths. */
        float advance(int codePoint) throws IOException {
            return ttf.getAdvanceWidth(cmap.getGlyphId(codePoint)) * 1000f / ttf.getUnitsPerEm();
        }
    }

    private final PDDocument document;
    private final SystemFonts system;
    private final Font bundled;
    private final List<Closeable> open = new ArrayList<>();
    private final Map<SystemFonts.Face, Optional<Font>> faces = new HashMap<>();
    private final Map<Integer, Font> byScript = new HashMap<>();
    private final Map<Integer, Optional<Font>> byCodePoint = new HashMap<>();
    private final Map<Font, Map<Integer, Float>> advances = new HashMap<>();
    private final SortedSet<Integer> missing = new TreeSet<>();
    private int measurements;

    FontChain(PDDocument document, SystemFonts system) throws IOException {
        this.document = document;
        this.system = system;
        try (InputStream in = PDDocument.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IOException("the font " + BUNDLED + " is missing from PDFBox");
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            open.add(ttf);
            bundled = Font.load(document, ttf);
        }
    }

    /** Characters drawn as nothing: joiners, variation selectors, bidi marks, soft hyphens. */
    static boolean ignorable(int codePoint) {
        return UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    /**
     * The font to draw the character with, given the font of the character before it (which a
     * combining mark keeps when it can, so that it sits on its letter); the placeholder's font
     * when no font has it.
     */
    Font font(int codePoint, Font previous) {
        if (previous != null && isMark(codePoint) && previous.has(codePoint)) {
            return previous;
        }
        return byCodePoint.computeIfAbsent(codePoint, this::find).orElse(bundled);
    }

    /** The width of the character in thousandths of the font size, 0 for one drawn as nothing. */
    float advance(int codePoint, Font font) {
        if (ignorable(codePoint)) {
            return 0;
        }
        int drawn = drawn(codePoint, font);
        return advances.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(drawn, cp -> {
            measurements++;
            try {
                return font.advance(cp);
            } catch (IOException e) {
                return 0f;
            }
        });
    }

    /** The character itself, or the placeholder when the font does not have it. */
    int drawn(int codePoint, Font font) {
        if (font.has(codePoint)) {
            return codePoint;
        }
        missing.add(codePoint);
        return PLACEHOLDER;
    }

    /** The characters drawn as the placeholder so far, in code point order. */
    SortedSet<Integer> missing() {
        return missing;
    }

    /** How many character widths were asked of the fonts: once per character and font at most. */
    int measurements() {
        return measurements;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * The bundled font, then the font already chosen for the character's script, then the
     * computer's fonts best first (fontconfig is asked only here, once per character).
     */
    private Optional<Font> find(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return Optional.empty();
        }
        if (bundled.has(codePoint)) {
            return Optional.of(bundled);
        }
        int script = UScript.getScript(codePoint);
        Font sameScript = byScript.get(script);
        if (sameScript != null && sameScript.has(codePoint)) {
            return Optional.of(sameScript);
        }
        for (SystemFonts.Face face : system.covering(codePoint)) {
            Optional<Font> font = faces.computeIfAbsent(face, this::load);
            if (font.isPresent() && font.get().has(codePoint)) {
                byScript.putIfAbsent(script, font.get());
                return font;
            }
        }
        return Optional.empty();
    }

    /** The face loaded into the document, or nothing when PDFBox cannot embed it. */
    private Optional<Font> load(SystemFonts.Face face) {
        try {
            TrueTypeFont ttf;
            String name = face.file().getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".ttc") || name.endsWith(".otc")) {
                TrueTypeCollection collection = new TrueTypeCollection(face.file().toFile());
                open.add(collection);
                ttf = collection.getFontByName(face.postScriptName());
                if (ttf == null) {
                    return Optional.empty();
                }
            } else {
                ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(face.file().toFile()));
                open.add(ttf);
            }
            // CFF outlines and bitmap-only (colour emoji) fonts cannot be subset by PDFBox.
            if (ttf instanceof OpenTypeFont otf && otf.isPostScript() || !ttf.getTableMap().containsKey("glyf")) {
                return Optional.empty();
            }
            return Optional.of(Font.load(document, ttf));
        } catch (IOException | RuntimeException e) {
            // A broken font, or one whose licence forbids embedding: the next one is tried.
            return Optional.empty();
        }
    }

    /** Closes the font files, once the document is saved. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
