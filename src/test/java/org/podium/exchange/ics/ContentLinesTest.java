package org.podium.exchange.ics;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding by octets: the limit RFC 5545 sets, and characters kept whole across folds. */
class ContentLinesTest {

    private static String unfold(String folded) {
        return folded.replace("\r\n ", "");
    }

    @Test
    void aShortLineIsLeftAlone() {
        assertThat(ContentLines.fold("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")).isEqualTo("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void asciiFoldsAtExactlySeventyFiveOctets() {
        String line = "DESCRIPTION:" + "a".repeat(200);
        String folded = ContentLines.fold(line + "\r\n");
        String[] lines = folded.split("\r\n");
        assertThat(lines[0]).hasSize(75);
        assertThat(lines[1]).startsWith(" ").hasSize(75);
        assertThat(unfold(folded)).isEqualTo(line + "\r\n");
    }

    @Test
    void multiByteCharactersCountByTheirUtf8LengthAndAreNeverSplit() {
        String line = "SUMMARY:" + "Θεσσαλονίκη 🎤 Gdańsk ".repeat(10);
        String folded = ContentLines.fold(line + "\r\n");
        for (String part : folded.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            // A lone surrogate would be written as '?': every part must encode cleanly.
            assertThat(new String(part.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(part);
        }
        assertThat(unfold(folded)).isEqualTo(line + "\r\n");
    }

    @Test
    void aLineOfExactlyTheLimitIsNotFolded() {
        String line = "X:" + "é".repeat(36) + "a";
        assertThat(line.getBytes(StandardCharsets.UTF_8)).hasSize(75);
        assertThat(ContentLines.fold(line + "\r\n")).isEqualTo(line + "\r\n");
    }
}
