package org.podium.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Event;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.Suppression;
import org.podium.store.RegistrationExportStore.Fields;
import org.podium.store.RegistrationExportStore.Filter;
import org.podium.store.RegistrationExportStore.Tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.domain.RegistrationStatus.ATTENDED;
import static org.podium.domain.RegistrationStatus.CANCELLED;
import static org.podium.domain.RegistrationStatus.NO_SHOW;

/** The byte-level read of one event: the same rows, order and counts as the string read, on one thread or two. */
class NameChunksTest {
    private static final Set<RegistrationStatus> ACTIVE = EnumSet.of(ATTENDED, NO_SHOW);

    @TempDir
    Path dir;
    BookFixture book;
    Event event;

    @BeforeEach
    void open() {
        book = new BookFixture(dir);
        event = book.storedWebinar("Cities and climate");
        Event other = book.storedWebinar("Another");
        for (int i = 0; i < 40; i++) {
            RegistrationStatus status = i % 7 == 0 ? CANCELLED : i % 3 == 0 ? NO_SHOW : ATTENDED;
            register(event, String.format("p%02d@example.org", (i * 17) % 40), "Zoë " + i, "Müller, " + i, status,
                    i % 5 != 2);
        }
        register(other, "p01@example.org", "Other", "Event", ATTENDED, true);
        book.suppressions.add(new Suppression("p11@example.org", "unsubscribed", BookFixture.NOW));
    }

    @AfterEach
    void close() {
        book.close();
    }

    private void register(Event e, String email, String first, String last, RegistrationStatus status, boolean consent) {
        book.registrations.insert(new Registration(0, e.id(), email, first, last, "", "", "", "", "",
                BookFixture.NOW, RegistrationSource.CSV, status, 0, consent, consent ? BookFixture.NOW : null, "",
                Map.of(), ""));
    }

    /** What the reader saw: each row as "address|first|last" with the thread that rendered it, in written order. */
    private record Seen(Tally tally, long registrations, List<String> rows, Set<String> threads) {
    }

    private Seen readNames(int chunk) {
        return readNames(chunk, true);
    }

    /** As {@link #readNames(int)}, by a reader that wants the total first or not; registrations is -1 when it was not told. */
    private Seen readNames(int chunk, boolean wantsTotal) {
        List<String> written = new ArrayList<>();
        Set<String> threads = Collections.synchronizedSet(new java.util.HashSet<>());
        long[] registrations = {-1};
        Tally tally = new RegistrationExportStore(book.db, chunk).readNames(
                new Filter(List.of(event.id()), ACTIVE, true), new RegistrationExportStore.NameRows<List<String>>() {
                    @Override
                    public RegistrationExportStore.NameRenderer<List<String>> renderer() {
                        return new RegistrationExportStore.NameRenderer<>() {
                            private List<String> rows = new ArrayList<>();

                            @Override
                            public void names(byte[] row, int emailAt, int firstAt, int lastAt) {
                                threads.add(Thread.currentThread().getName());
                                rows.add(text(row, emailAt, firstAt - 1) + "|" + text(row, firstAt, lastAt - 1) + "|"
                                        + text(row, lastAt, row.length));
                            }

                            @Override
                            public void registration(Registration r) {
                                rows.add(r.email() + "|" + r.firstName() + "|" + r.lastName() + " (as text)");
                            }

                            @Override
                            public List<String> chunk() {
                                List<String> done = rows;
                                rows = new ArrayList<>();
                                return done;
                            }
                        };
                    }

                    @Override
                    public boolean wantsTotal() {
                        return wantsTotal;
                    }

                    @Override
                    public void start(long count) {
                        registrations[0] = count;
                    }

                    @Override
                    public void write(List<String> chunk, long done) {
                        written.addAll(chunk);
                    }
                });
        return new Seen(tally, registrations[0], written, threads);
    }

    private static String text(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    private List<String> readAsText() {
        List<String> rows = new ArrayList<>();
        new RegistrationExportStore(book.db).read(new Filter(List.of(event.id()), ACTIVE, true), Fields.NAMES,
                new RegistrationExportStore.Sink() {
                    @Override
                    public void start(long registrations) {
                    }

                    @Override
                    public void row(String emailKey, Registration r) {
                        rows.add(r.email() + "|" + r.firstName() + "|" + r.lastName());
                    }
                });
        return rows;
    }

    /** How the string read of the same filter counts the registrations. */
    private Tally tallyAsText() {
        return new RegistrationExportStore(book.db).read(new Filter(List.of(event.id()), ACTIVE, true), Fields.NAMES,
                new RegistrationExportStore.Sink() {
                    @Override
                    public void start(long registrations) {
                    }

                    @Override
                    public void row(String emailKey, Registration registration) {
                    }
                });
    }

    @Test
    void twoThreadsReadTheSameRowsInTheSameOrderWithTheSameCounts() {
        Tally expected = tallyAsText();
        for (int chunk : new int[] {1, 3, 4, 39, 40, 1000}) {
            Seen seen = readNames(chunk);
            assertThat(seen.rows()).as("chunk " + chunk).isEqualTo(readAsText());
            assertThat(seen.tally()).as("chunk " + chunk).isEqualTo(expected);
            assertThat(seen.registrations()).isEqualTo(40);
        }
        assertThat(readNames(4).threads()).as("the helper rendered some chunks").contains("podium-export-reader");
    }

    @Test
    void aReaderThatDoesNotWantTheTotalIsNotToldItAndGetsTheSameRowsAndCounts() {
        Tally expected = tallyAsText();
        for (int chunk : new int[] {1, 4, 40, 1000}) {
            Seen seen = readNames(chunk, false);
            assertThat(seen.registrations()).as("chunk " + chunk + ": not counted first").isEqualTo(-1);
            assertThat(seen.rows()).as("chunk " + chunk).isEqualTo(readAsText());
            assertThat(seen.tally()).as("chunk " + chunk).isEqualTo(expected);
        }
    }

    @Test
    void suppressedAddressesAreLeftOutWhereverTheyFallAmongTheChunks() {
        // Around chunk edges, side by side, first and last of the event, one whose text is read
        // as text, and addresses of no registration of the event before, between and after its own.
        for (String address : List.of("p00@example.org", "p03@example.org", "p04@example.org", "p05@example.org",
                "p12@example.org", "p39@example.org", "a@example.org", "p071@example.org", "zz@example.org",
                "p01@example.org")) {
            book.suppressions.add(new Suppression(address, "unsubscribed", BookFixture.NOW));
        }
        book.db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE registration SET first_name = CAST(x'41c3' AS TEXT) WHERE email = 'p05@example.org'");
            }
            return null;
        });
        Tally expected = tallyAsText();
        assertThat(expected.bySuppression()).as("the string read's count").isGreaterThanOrEqualTo(5);
        for (int chunk : new int[] {1, 2, 3, 4, 5, 40}) {
            Seen seen = readNames(chunk);
            assertThat(seen.rows()).as("chunk " + chunk).isEqualTo(readAsText())
                    .noneMatch(r -> r.startsWith("p00@") || r.startsWith("p04@") || r.startsWith("p05@")
                            || r.startsWith("p11@") || r.startsWith("p12@") || r.startsWith("p39@"));
            assertThat(seen.tally()).as("chunk " + chunk).isEqualTo(expected);
        }
    }

    @Test
    void whileAnotherConnectionWritesOneThreadReadsEverything() throws Exception {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + book.db.path());
             Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            Seen seen = readNames(4);
            assertThat(seen.rows()).isEqualTo(readAsText());
            assertThat(seen.threads()).doesNotContain("podium-export-reader");
            st.execute("ROLLBACK");
        }
    }

    @Test
    void textThatIsNotWellFormedOrIsPaddedIsReadAsTextAsBefore() {
        book.db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE registration SET first_name = CAST(x'41c3' AS TEXT) WHERE email = 'p03@example.org'");
                st.execute("UPDATE registration SET last_name = CAST(x'42ff43' AS TEXT) WHERE email = 'p06@example.org'");
                st.execute("UPDATE registration SET first_name = ' Ana' || char(12288) WHERE email = 'p05@example.org'");
            }
            return null;
        });
        List<String> rows = readNames(4).rows();
        assertThat(rows.stream().filter(r -> r.endsWith(" (as text)")).map(r -> r.substring(0, 3)))
                .containsExactly("p03", "p05", "p06");
        assertThat(rows.stream().map(r -> r.replace(" (as text)", "")).toList()).isEqualTo(readAsText());
    }

    @Test
    void aRowSplitsOnlyWhenEachFieldIsWellFormedUtf8AndUnpaddedAsAStringWouldBe() {
        Random random = new Random(7);
        byte[][] pieces = {{'a'}, {' '}, {'\t'}, {0}, {(byte) 0xC3, (byte) 0xAB}, {(byte) 0xC3}, {(byte) 0xAB},
            {(byte) 0xE3, (byte) 0x80, (byte) 0x80}, {(byte) 0xC2, (byte) 0xA0}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF0, (byte) 0x9F, (byte) 0x8E, (byte) 0xA4}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xC0, (byte) 0x80}, {(byte) 0xFE}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x80, (byte) 0xA8}};
        for (int n = 0; n < 20_000; n++) {
            byte[][] fields = new byte[3][];
            ByteArrayOutputStream row = new ByteArrayOutputStream();
            for (int f = 0; f < 3; f++) {
                ByteArrayOutputStream field = new ByteArrayOutputStream();
                for (int k = random.nextInt(5); k > 0; k--) {
                    field.writeBytes(pieces[random.nextInt(pieces.length)]);
                }
                fields[f] = field.toByteArray();
                row.writeBytes(fields[f]);
                if (f < 2) {
                    row.write(0xFF);
                }
            }
            boolean wellFormed = true;
            boolean unpadded = true;
            for (byte[] field : fields) {
                String text = new String(field, StandardCharsets.UTF_8);
                wellFormed &= Arrays.equals(text.getBytes(StandardCharsets.UTF_8), field);
                unpadded &= text.strip().equals(text);
            }
            int[] at = new int[2];
            byte[] bytes = row.toByteArray();
            boolean split = JoinedNames.split(bytes, at);
            assertThat(split).as(Arrays.toString(bytes)).isEqualTo(wellFormed);
            if (split) {
                assertThat(at).containsExactly(fields[0].length + 1, fields[0].length + fields[1].length + 2);
                assertThat(JoinedNames.asStored(bytes, at)).as(Arrays.toString(bytes)).isEqualTo(unpadded);
            }
        }
    }
}
