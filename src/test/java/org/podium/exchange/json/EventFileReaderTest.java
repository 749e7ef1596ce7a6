package org.podium.exchange.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event files read a part at a time: repeated fields, oversized values and too many registrants are refused. */
class EventFileReaderTest {
    private static final String EVENT = "{\"format\": \"podium-event\", \"version\": 1,\n"
            + "\"event\": {\"title\": \"Webinar\", \"start\": \"2026-05-28T10:00\", \"zone\": \"Europe/Rome\","
            + " \"minutes\": 60},\n";

    private static String registrant(int n) {
        return "{\"email\": \"r" + n + "@example.org\", \"registeredAt\": \"2026-05-20T08:00:00Z\"}";
    }

    private static EventFile read(String json, int maxRegistrants) throws IOException {
        return EventFileReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), maxRegistrants);
    }

    @Test
    void registrantsAreReadOneByOneUpToTheLimit() throws IOException {
        String three = EVENT + "\"registrants\": [" + registrant(1) + ", " + registrant(2) + ", " + registrant(3) + "]}";
        assertThat(read(three, 3).registrants().orElseThrow()).extracting(r -> r.email())
                .containsExactly("r1@example.org", "r2@example.org", "r3@example.org");
        assertThatThrownBy(() -> read(three, 2)).isInstanceOf(EventFileException.class)
                .hasMessageContaining("registrants[2]: the file holds more than 2 registrants");
        assertThat(read(EVENT + "\"registrants\": null}", 2).registrants()).isEmpty();
        assertThatThrownBy(() -> read(EVENT + "\"registrants\": 7}", 2))
                .hasMessageContaining("registrants: expected a list, found 7");
    }

    @Test
    void aFieldGivenTwiceIsRefusedWithItsLine() {
        String twice = "{\"format\": \"podium-event\", \"version\": 1,\n"
                + "\"event\": {\"title\": \"Webinar\",\n \"title\": \"Other\", \"start\": \"2026-05-28T10:00\","
                + " \"zone\": \"Europe/Rome\", \"minutes\": 60}}";
        assertThatThrownBy(() -> read(twice, 10)).isInstanceOf(EventFileException.class)
                .hasMessageContaining("line 3").hasMessageContaining("Duplicate field 'title'");
        String topTwice = EVENT + "\"version\": 1}";
        assertThatThrownBy(() -> read(topTwice, 10)).hasMessageContaining("line 3")
                .hasMessageContaining("Duplicate field 'version'");
    }

    @Test
    void anOversizedValueIsRefusedWithoutBeingHeld() {
        String huge = EVENT.replace("\"Webinar\"", "\"" + "x".repeat(EventFileReader.MAX_TEXT + 1) + "\"") + "}";
        assertThatThrownBy(() -> read(huge, 10)).isInstanceOf(EventFileException.class)
                .hasMessageContaining("not valid JSON").hasMessageContaining("exceeds the maximum");
    }

    @Test
    void aLongListOfRegistrantsIsRefusedAtTheLimitBeforeTheRestIsRead() {
        // A stream that would go on for ever: refused once the limit is passed, so the rest is never read.
        InputStream endless = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream((EVENT + "\"registrants\": [" + registrant(0)).getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    private byte[] next = new byte[0];
                    private int at;
                    private int made;

                    @Override
                    public int read() {
                        if (at == next.length) {
                            next = (", " + registrant(++made)).getBytes(StandardCharsets.UTF_8);
                            at = 0;
                        }
                        return next[at++];
                    }
                })));
        assertThatThrownBy(() -> EventFileReader.read(endless, 1_000)).isInstanceOf(EventFileException.class)
                .hasMessageContaining("registrants[1000]: the file holds more than 1000 registrants");
    }

    @Test
    void absurdDatesAndLengthsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> read(EVENT.replace("2026-05-28T10:00", "+999999999-05-28T10:00") + "\"agenda\": []}", 1))
                .hasMessageContaining("event.start: the start must be between the years 1900 and 2200");
        assertThatThrownBy(() -> read(EVENT.replace("60}", "2147483647}") + "\"agenda\": []}", 1))
                .hasMessageContaining("event.minutes: minutes must be from 1 to 10080 minutes (a week)");
        assertThatThrownBy(() -> read(EVENT + "\"registrants\": [" + registrant(1).replace("2026-05-20", "2201-05-20")
                + "]}", 1)).hasMessageContaining("registrants[0].registeredAt: dates are between the years 1900 and 2200");
    }

    @Test
    void trailingContentAndAnEmptyFileAreRefused() {
        assertThatThrownBy(() -> read(EVENT + "\"agenda\": []} {}", 10)).hasMessageContaining("more after the end of the event");
        assertThatThrownBy(() -> read("", 10)).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> read("[1, 2]", 10)).hasMessageContaining("(the file): expected an object, found a list");
    }

    @Test
    void theRefusalIsSaidInItalianForTheWindowWithTheSamePathAndValue() {
        EventFileException start = org.assertj.core.api.Assertions.catchThrowableOfType(() -> read(
                EVENT.replace("2026-05-28T10:00", "28 May") + "\"agenda\": []}", 1), EventFileException.class);
        assertThat(start.phrase().orElseThrow().in(java.util.Locale.ITALIAN)).isEqualTo("event.start: serve una data e"
                + " ora come 2026-05-28T10:00, non '28 May'");
        EventFileException list = org.assertj.core.api.Assertions.catchThrowableOfType(() -> read("[1, 2]", 10),
                EventFileException.class);
        assertThat(list.phrase().orElseThrow().in(java.util.Locale.ITALIAN)).isEqualTo("(il file): serve un oggetto,"
                + " non un elenco");
        assertThat(list.getMessage()).isEqualTo("(the file): expected an object, found a list");
    }

    @Test
    void aDateTimeAZoneOrAMomentThatCannotBeReadIsRefusedNamingTheFieldAndWhatWasExpected() {
        assertThatThrownBy(() -> read(EVENT.replace("2026-05-28T10:00", "28 May") + "\"agenda\": []}", 1))
                .hasMessageContaining("event.start: expected a date-time like 2026-05-28T10:00, found '28 May'");
        assertThatThrownBy(() -> read(EVENT.replace("\"Europe/Rome\"", "7") + "\"agenda\": []}", 1))
                .hasMessageContaining("event.zone: expected a time zone like Europe/Rome, found 7");
        assertThatThrownBy(() -> read(EVENT + "\"registrants\": [" + registrant(1).replace("2026-05-20T08:00:00Z",
                "yesterday") + "]}", 1))
                .hasMessageContaining("registrants[0].registeredAt: expected a moment like 2026-05-28T08:00:00Z,"
                        + " found 'yesterday'");
    }
}
