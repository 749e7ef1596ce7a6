package org.podium.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
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
import org.podium.store.ExportSource.Fields;
import org.podium.store.ExportSource.Filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.domain.RegistrationStatus.ATTENDED;
import static org.podium.domain.RegistrationStatus.CANCELLED;
import static org.podium.domain.RegistrationStatus.NO_SHOW;

/**
 * The export's read from SQLite's bytes, in chunks of row ids on one thread or two, with the
 * suppression list in memory and the merge across events by index probes, gives the very rows,
 * order and counts of the plain path ({@link PlainExport}) on the same book.
 */
class ExportScanTest {
    private static final Set<RegistrationStatus> ACTIVE = EnumSet.of(ATTENDED, NO_SHOW);
    private static final int[] CHUNKS = {1, 2, 3, 4, 5, 39, 40, 1000};

    @TempDir
    Path dir;
    BookFixture book;
    Event event;
    Event other;

    @BeforeEach
    void open() {
        book = new BookFixture(dir);
        event = book.storedWebinar("Cities and climate");
        other = book.storedWebinar("Another");
        // Addresses in no order, as people register; another event's registrations among them.
        for (int i = 0; i < 40; i++) {
            RegistrationStatus status = i % 7 == 0 ? CANCELLED : i % 3 == 0 ? NO_SHOW : ATTENDED;
            register(event, String.format("p%02d@example.org", (i * 17) % 40), "Zoë " + i, "Müller, " + i, status,
                    i % 5 != 2);
            if (i % 4 == 1) {
                register(other, String.format("P%02d@example.org", (i * 13) % 40), "Other " + i, "Event", ATTENDED,
                        i % 8 != 1);
            }
        }
        book.suppressions.add(new Suppression("p11@example.org", "unsubscribed", BookFixture.NOW));
    }

    @AfterEach
    void close() {
        book.close();
    }

    private void register(Event e, String email, String first, String last, RegistrationStatus status, boolean consent) {
        book.registrations.insert(new Registration(0, e.id(), email, first, last, "Org " + first, "", "Roma", "IT", "",
                BookFixture.NOW, RegistrationSource.CSV, status, 0, consent, consent ? BookFixture.NOW : null, "",
                Map.of(), ""));
    }

    private SeenRows fast(int chunk, boolean helped, Filter filter, Fields fields) {
        return SeenRows.of(new RegistrationExportStore(book.db, chunk, helped), filter, fields);
    }

    private SeenRows plain(Filter filter, Fields fields) {
        return SeenRows.of(new PlainExport(book.db), filter, fields);
    }

    /** Every chunk size, with and without the helper, at every level of fields, gives what the plain path gives. */
    private void assertSameAsPlain(Filter filter) {
        for (Fields fields : Fields.values()) {
            SeenRows expected = plain(filter, fields);
            for (int chunk : CHUNKS) {
                for (boolean helped : new boolean[] {true, false}) {
                    SeenRows seen = fast(chunk, helped, filter, fields);
                    String as = fields + ", chunk " + chunk + (helped ? ", helped" : ", alone");
                    assertThat(seen.rows()).as(as).isEqualTo(expected.rows());
                    assertThat(seen.tally()).as(as).isEqualTo(expected.tally());
                    assertThat(seen.registrations()).as(as).isEqualTo(expected.registrations());
                }
            }
        }
    }

    @Test
    void oneEventOnOneThreadOrTwoGivesThePlainRowsInTheOrderTheyWereStored() {
        Filter filter = new Filter(List.of(event.id()), ACTIVE, true);
        assertSameAsPlain(filter);
        assertSameAsPlain(new Filter(List.of(event.id()), EnumSet.of(CANCELLED), false));
        SeenRows seen = fast(4, true, filter, Fields.NAMES);
        assertThat(seen.threads()).as("the helper read some chunks").contains("podium-export-reader");
        assertThat(seen.rows()).as("the order people registered in, not the address order")
                .first().asString().startsWith("[" + event.id() + "]|p17@example.org|");
        assertThat(seen.tally().bySuppression()).isEqualTo(1);
    }

    @Test
    void severalEventsMergeEachAddressOnceByItsLatestRegistration() {
        for (List<Long> events : List.of(List.of(event.id(), other.id()), List.of(other.id(), event.id()))) {
            assertSameAsPlain(new Filter(events, ACTIVE, true));
            assertSameAsPlain(new Filter(events, EnumSet.allOf(RegistrationStatus.class), false));
        }
        SeenRows seen = fast(3, true, new Filter(List.of(event.id(), other.id()), ACTIVE, false), Fields.CONTACT);
        // P21 registered for both, qualifying in both: one row, by the later event's registration.
        assertThat(seen.rows()).filteredOn(r -> r.toLowerCase().contains("|p21@example.org|")).singleElement()
                .asString().startsWith("[" + event.id() + ", " + other.id() + "]|P21@example.org|Other 17|");
        assertThat(seen.rows()).extracting(r -> r.split("\\|")[1].toLowerCase()).doesNotHaveDuplicates();
        assertThat(seen.tally().merged()).isPositive();
    }

    @Test
    void suppressedAddressesAreLeftOutWhereverTheyFallAmongTheChunks() {
        for (String address : List.of("p00@example.org", "p03@example.org", "p04@example.org", "p05@example.org",
                "p12@example.org", "p39@example.org", "a@example.org", "p071@example.org", "zz@example.org",
                "p13@example.org", "p17@example.org")) {
            book.suppressions.add(new Suppression(address, "unsubscribed", BookFixture.NOW));
        }
        book.db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE registration SET first_name = CAST(x'41c3' AS TEXT) WHERE email = 'p05@example.org'");
            }
            return null;
        });
        Filter one = new Filter(List.of(event.id()), ACTIVE, true);
        assertSameAsPlain(one);
        assertSameAsPlain(new Filter(List.of(event.id(), other.id()), ACTIVE, true));
        assertThat(plain(one, Fields.NAMES).tally().bySuppression()).isGreaterThanOrEqualTo(5);
        assertThat(fast(2, true, one, Fields.NAMES).rows())
                .noneMatch(r -> r.contains("|p00@") || r.contains("|p05@") || r.contains("|p17@"));
    }

    @Test
    void whileAnotherConnectionWritesOneThreadReadsEverything() throws Exception {
        Filter filter = new Filter(List.of(event.id()), ACTIVE, true);
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + book.db.path());
             Statement st = writer.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            SeenRows seen = fast(4, true, filter, Fields.NAMES);
            assertThat(seen.rows()).isEqualTo(plain(filter, Fields.NAMES).rows());
            assertThat(seen.threads()).doesNotContain("podium-export-reader");
            st.execute("ROLLBACK");
        }
    }

    @Test
    void textThatIsNotWellFormedOrIsPaddedIsReadAsTextAsThePlainPathReadsIt() {
        book.db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE registration SET first_name = CAST(x'41c3' AS TEXT) WHERE email = 'p03@example.org'");
                st.execute("UPDATE registration SET last_name = CAST(x'42ff43' AS TEXT) WHERE email = 'p06@example.org'");
                st.execute("UPDATE registration SET first_name = ' Ana' || char(12288) WHERE email = 'p05@example.org'");
                st.execute("UPDATE registration SET city = '  Wien ', job_title = 42 WHERE email = 'p07@example.org'");
                st.execute("UPDATE registration SET email_key = CAST(x'70ff' AS TEXT) WHERE email = 'p08@example.org'");
            }
            return null;
        });
        assertSameAsPlain(new Filter(List.of(event.id()), ACTIVE, true));
        assertSameAsPlain(new Filter(List.of(event.id(), other.id()), ACTIVE, false));
        assertThat(fast(4, true, new Filter(List.of(event.id()), ACTIVE, true), Fields.NAMES).rows())
                .anyMatch(r -> r.contains("|p05@example.org|Ana|"));
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
