package org.podium.exchange.csv;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.podium.domain.Phrase;

/**
 * How a file's bytes become text: the charset, how many bytes of byte-order mark to skip, a
 * name to show, and a notice when the choice was a fallback the coordinator should check (null
 * when there is nothing to check).
 */
public record TextEncoding(Charset charset, int bomLength, String label, Phrase notice) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static TextEncoding utf8() {
        return new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8", null);
    }

    /** A decoder that stops at every byte it cannot decode, never inventing a character. */
    CharsetDecoder strictDecoder() {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The charset as people name it: "UTF-8", "UTF-16LE", "Windows-1252". */
    public String charsetName() {
        return charset.equals(WINDOWS_1252) ? "Windows-1252" : charset.name();
    }

    public boolean hasNotice() {
        return notice != null;
    }
}
