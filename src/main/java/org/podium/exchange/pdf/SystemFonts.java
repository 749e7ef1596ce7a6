package org.podium.exchange.pdf;

import com.ibm.icu.lang.UScript;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The fonts installed on this computer that have a glyph for a character, best first, as
 * fontconfig lists them; where fontconfig is missing (or answers nothing) there are none and
 * the sheet shows a placeholder instead.
 *
 * <p>Only TrueType outlines without colour are asked for: PDFBox 3.0 subsets only fonts with a
 * {@code glyf} table, so neither CFF fonts (Noto Sans CJK, whose collections fontconfig finds
 * first for Chinese, Japanese and Korean) nor colour emoji fonts (Noto Color Emoji keeps its
 * pictures as CBDT bitmaps) can be embedded. Chinese, Japanese and Korean then come from Droid
 * Sans Fallback and emoji from a monochrome font such as Symbola or DejaVu Sans.
 */
public final class SystemFonts {
    /** One face of a font file: a collection holds several, told apart by name. */
    public record Face(Path file, String postScriptName) {
    }

    /** Lists the faces that cover a character, in no particular order. */
    @FunctionalInterface
    public interface Lookup {
        List<Candidate> covering(int codePoint) throws IOException;
    }

    /** What fontconfig says of a face: enough to rank it. */
    public record Candidate(Face face, String family, String style) {
    }

    private static final SystemFonts FONTCONFIG = new SystemFonts(SystemFonts::fontconfig);
    private static final SystemFonts NONE = new SystemFonts(codePoint -> List.of());

    private final Lookup lookup;
    private final Map<Integer, List<Face>> cache = new ConcurrentHashMap<>();
    private volatile boolean unavailable;

    public SystemFonts(Lookup lookup) {
        this.lookup = lookup;
    }

    /** The computer's fonts through fontconfig, its answers kept for the life of the program. */
    public static SystemFonts fontconfig() {
        return FONTCONFIG;
    }

    /** No font but the one Podium carries, as on a computer without fontconfig. */
    public static SystemFonts none() {
        return NONE;
    }

    /** The faces that have the character, best first; none when fontconfig cannot be asked. */
    public List<Face> covering(int codePoint) {
        if (unavailable) {
            return List.of();
        }
        return cache.computeIfAbsent(codePoint, cp -> {
            try {
                return rank(cp, lookup.covering(cp));
            } catch (IOException e) {
                // No fontconfig on this computer (or it failed): stop asking, show placeholders.
                unavailable = true;
                return List.of();
            }
        });
    }

    /**
     * Regular faces first, then Noto's sans faces and those named for the character's script
     * (Noto Sans Arabic before Noto Kufi Arabic or DejaVu Sans), mono, serif and narrow ones last.
     */
    static List<Face> rank(int codePoint, List<Candidate> candidates) {
        String script = UScript.getName(UScript.getScript(codePoint)).toLowerCase(Locale.ROOT);
        Comparator<Candidate> best = Comparator.<Candidate>comparingInt(c -> -score(c, script))
                .thenComparing(c -> c.face().file().toString()).thenComparing(c -> c.face().postScriptName());
        return candidates.stream().sorted(best).map(Candidate::face).distinct().toList();
    }

    private static int score(Candidate c, String script) {
        String family = c.family().toLowerCase(Locale.ROOT);
        String style = c.style().toLowerCase(Locale.ROOT);
        int score = 0;
        if (List.of("regular", "book", "normal", "roman").contains(style)) {
            score += 8;
        }
        if (family.startsWith("noto sans")) {
            score += 4;
        } else if (family.startsWith("noto")) {
            score += 2;
        }
        if (family.contains("sans")) {
            score += 2;
        }
        if (family.contains(script)) {
            score += 3;
        }
        for (String odd : List.of("mono", "serif", "condensed", "narrow", "display", "math", "light")) {
            if (family.contains(odd) || style.contains(odd)) {
                score -= 3;
            }
        }
        return score;
    }

    /** Asks {@code fc-list} for the scalable TrueType faces without colour that have the character. */
    private static List<Candidate> fontconfig(int codePoint) throws IOException {
        Process process = new ProcessBuilder("fc-list", "-f", "%{file}|%{postscriptname}|%{family[0]}|%{style[0]}\\n",
                String.format(Locale.ROOT, ":charset=%x:fontformat=TrueType:color=false:scalable=true", codePoint))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        String out;
        try (InputStream in = process.getInputStream()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            out = bytes.toString(StandardCharsets.UTF_8);
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("fc-list did not answer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while asking fc-list", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("fc-list failed with " + process.exitValue());
        }
        List<Candidate> candidates = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] f = line.split("\\|", -1);
            if (f.length == 4 && !f[0].isBlank()) {
                candidates.add(new Candidate(new Face(Path.of(f[0]), f[1]), f[2], f[3]));
            }
        }
        return candidates;
    }
}
