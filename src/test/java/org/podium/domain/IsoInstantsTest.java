package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the one ISO instant text of Podium, over many random instants from fixed seeds:
 * what it writes and reads is exactly what {@code java.time} writes and reads.
 */
class IsoInstantsTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void textIsCanonicalExactlyWhenInstantParseAndToStringGiveItBack() {
        Random random = new Random(13);
        List<String> odd = List.of("2026-05-28T10:00:00Z", "2026-02-29T10:00:00Z", "2024-02-29T10:00:00Z",
                "2026-05-28T10:00:00.000Z", "2026-05-28T10:00:00.500Z", "2026-05-28T10:00:00.500000Z",
                "2026-05-28T10:00:00.123456Z", "2026-05-28T10:00:00.123456789Z", "2026-05-28T10:00:00.123456000Z",
                "2026-05-28T24:00:00Z", "2026-05-28T23:59:60Z", "2026-13-01T00:00:00Z", "2026-04-31T00:00:00Z",
                "0999-05-28T10:00:00Z", "2026-05-28T10:00Z", "2026-05-28T10:00:00+02:00", "2026-05-28 10:00:00Z",
                "2026-05-28T10:00:00.5Z", "2026-05-28T10:00:00.Z", "2026-05-28t10:00:00Z", "", "x".repeat(20));
        List<String> texts = new java.util.ArrayList<>(odd);
        for (int i = 0; i < 20_000; i++) {
            texts.add(randomInstant(random, i).toString());
        }
        for (String text : texts) {
            byte[] bytes = ("<" + text + ">").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            boolean same;
            try {
                same = Instant.parse(text).toString().equals(text)
                        && Instant.parse(text).atZone(ZoneOffset.UTC).getYear() >= 1000;
            } catch (DateTimeException e) {
                same = false;
            }
            assertThat(IsoInstants.isCanonical(bytes, 1, bytes.length - 1)).as(text).isEqualTo(same);
        }
    }

    @Test
    void writesExactlyWhatInstantToStringWrites() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            Instant t = randomInstant(random, i);
            assertThat(IsoInstants.format(t)).isEqualTo(t.toString());
        }
        assertThat(IsoInstants.format(null)).isNull();
    }

    @Test
    void readsBackWhatItWrote() {
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            Instant t = randomInstant(random, i);
            assertThat(IsoInstants.parse(IsoInstants.format(t))).isEqualTo(t);
        }
        assertThat(IsoInstants.parseOrNull(null)).isNull();
    }

    @Test
    void storedTimesAreReadExactlyAsInstantParseReadsThemWhateverTheirFraction() {
        for (String text : List.of("2020-05-20T08:15:30Z", "2020-05-20T08:15:30.1Z", "2020-05-20T08:15:30.123Z",
                "2020-05-20T08:15:30.123456Z", "2020-05-20T08:15:30.123456789Z", "1969-12-31T23:59:59.999Z",
                "2016-12-31T23:59:60Z", "+12020-05-20T08:15:30Z", "2020-05-20T24:00:00Z", "0000-01-01T00:00:00Z")) {
            assertThat(IsoInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    /** Any text, however damaged, is read as Instant.parse reads it, or refused as it refuses it. */
    @Test
    void damagedTextsAreReadOrRefusedExactlyAsInstantParseDoes() {
        Random random = new Random(17);
        String alphabet = "0123456789-:.TZ+ x";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder(randomInstant(random, i).toString());
            for (int k = random.nextInt(3); k >= 0; k--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> text.deleteCharAt(at);
                }
            }
            assertThat(outcome(() -> IsoInstants.parse(text.toString())))
                    .as(text.toString()).isEqualTo(outcome(() -> Instant.parse(text.toString())));
        }
    }

    @Test
    void theShapesFilesHoldAreReadAsJavaTimeReadsThem() {
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            LocalDateTime t = LocalDateTime.ofEpochSecond(random.nextInt(2_000_000_000), random.nextBoolean() ? 0
                    : random.nextInt(1_000_000_000), ZoneOffset.UTC);
            int offset = (random.nextInt(28) - 14) * 1800;
            String text = t.toString() + ZoneOffset.ofTotalSeconds(offset);
            assertThat(IsoInstants.read(text, ROME)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
            String local = t.toString().replace('T', ' ');
            assertThat(IsoInstants.read(local, ROME)).as(local).isEqualTo(t.atZone(ROME).toInstant());
        }
        assertThat(IsoInstants.read("2026-05-02 10:01 UTC", ROME)).isEqualTo(Instant.parse("2026-05-02T10:01:00Z"));
        assertThat(IsoInstants.read("2026-05-02T10:01:02+0200", ROME)).isEqualTo(Instant.parse("2026-05-02T08:01:02Z"));
        assertThat(IsoInstants.read("2026-05-02", ROME)).isNull();
        assertThat(IsoInstants.read("2026-02-30T10:00Z", ROME)).isNull();
        assertThat(IsoInstants.read("2026-05-02T10:01:02+25:00", ROME)).isNull();
    }

    private static Instant randomInstant(Random random, int i) {
        long seconds = random.nextLong() % 250_000_000_000L;
        int nanos = switch (i % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
        };
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** The instant read, or the kind of refusal. */
    private static Object outcome(java.util.function.Supplier<Instant> read) {
        try {
            return read.get();
        } catch (DateTimeException e) {
            return "refused";
        }
    }
}
