package org.podium.service.export;

import org.podium.service.Book;
import org.podium.service.common.Progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.domain.ExportDestination;
import org.podium.domain.RegistrationStatus;
import org.podium.exchange.csv.CsvExportWriter;
import org.podium.exchange.csv.ExportProfile;
import org.podium.exchange.csv.StrictCsv;
import org.podium.service.common.SafeFiles;
import org.podium.store.Database;
import org.podium.store.PlainExport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export is written from SQLite's bytes in the book's order, Mailchimp and Brevo without a
 * string per field; it must give the very bytes and checks of the plain path (every row read
 * whole by {@link PlainExport} and rendered from strings), whatever the stored text, for one
 * event or several, and so must its preview.
 */
class NameExportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final String[] ADDRESSES = {"ana@example.org", "Ana.Rossi@Example.ORG", "info@comune.example.it",
        "INFO+webinar@example.org", "Info-x@example.org", "mario@example.it", "no-reply@example.org",
        "-5@example.org", "+ana@example.org", "=x@example.org", "a..b@example.org", "a.@example.org",
        "ana@example.o", "ana@example", "ana@.example.org", "x@y@example.org", "not an address", "o'brien@example.ie",
        "zoë@example.org", "ana@exämple.org", "ana_b-c+d@sub.example.co.uk", "@example.org", "ana@", "a@b.cd",
        "a".repeat(250) + "@x.org", "a".repeat(240) + "@x.org", "mailer-daemon@example.org", "press+@example.org"};
    private static final String[] NAMES = {"", "Ana", "Zoë", "Θεοδωρίδης", "Rossi, Jr", "Brevo; Ltd", "Say \"hi\"",
        "'quoted", "=1+1", "+39 06", "-5", "@home", " =1", "   @x", "\tTab", "line\nbreak", "cr\rhere", "🎤 Mic",
        "x-1", "a=b", "Ana ", " Ana", "\u3000Ana", "Ana\u00A0", "nul\0byte", "\u001Fctl", ";", ",", "\"", "''"};

    @TempDir
    Path dir;
    Book book;
    Event event;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), CLOCK);
        event = book.events().add(Event.builder("=Cities, and climate", LocalDateTime.of(2026, 5, 28, 10, 0),
                ZoneId.of("Europe/Rome"), 60).build());
    }

    @AfterEach
    void close() {
        book.close();
    }

    /** Writes rows straight into the table, as another tool could, padding and odd bytes included. */
    private void insert(int count, long seed) {
        insert(event, count, seed);
    }

    private void insert(Event into, int count, long seed) {
        Random random = new Random(seed);
        RegistrationStatus[] statuses = RegistrationStatus.values();
        book.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO registration(event_id, email, email_key,"
                    + " first_name, last_name, registered_at, source, status, consent) VALUES (?,?,?,?,?,"
                    + " '2026-05-01T08:00:00Z', 'CSV', ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    String email = i < ADDRESSES.length ? ADDRESSES[i]
                            : random.nextInt(4) == 0 ? i + ADDRESSES[random.nextInt(ADDRESSES.length)]
                            : "person." + i + "@example.org";
                    ps.setLong(1, into.id());
                    ps.setString(2, email);
                    ps.setString(3, email.strip().toLowerCase(java.util.Locale.ROOT) + "#" + i);
                    ps.setString(4, NAMES[random.nextInt(NAMES.length)]);
                    ps.setString(5, NAMES[random.nextInt(NAMES.length)] + (random.nextBoolean() ? "" : " " + i));
                    ps.setString(6, statuses[random.nextInt(statuses.length)].name());
                    ps.setInt(7, random.nextInt(5) == 0 ? 0 : 1);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE registration SET first_name = CAST(x'41c3' AS TEXT) WHERE id % 97 = 5");
                st.execute("UPDATE registration SET organisation = first_name, city = ' ' || last_name,"
                        + " country = 'IT', notes = last_name WHERE id % 3 = 0");
                st.execute("UPDATE registration SET last_name = CAST(x'42ff43' AS TEXT) WHERE id % 89 = 7");
                st.execute("UPDATE registration SET email = ' ' || email WHERE id % 83 = 3");
                // Every other stored field in forms the bytes are copied in and forms they are not.
                st.execute("UPDATE registration SET registered_at = '2026-05-01T10:00:00+02:00',"
                        + " consent_at = '2026-05-01T08:00:00.500Z', minutes_attended = 42, language = 'it',"
                        + " consent_source = '=form', notes = '''note' WHERE id % 7 = 2");
                st.execute("UPDATE registration SET registered_at = '2026-05-01T08:00:00.120Z', consent_at = NULL,"
                        + " custom_answers = '{\"b\":\"=x\",\"a\":\"one; two\"}', source = 'ZOOM', country = 'XK'"
                        + " WHERE id % 11 = 4");
                st.execute("UPDATE registration SET consent_at = '2026-05-01T08:00:00Z', custom_answers = '{ }',"
                        + " minutes_attended = 7, country = 'it' WHERE id % 17 = 6");
                st.execute("INSERT OR IGNORE INTO suppression(email, reason, since) SELECT email_key, '',"
                        + " '2026-06-01T00:00:00Z' FROM registration WHERE id % 13 = 0");
            }
            return null;
        });
    }

    private void assertSameAsGeneralPath(ExportRequest request) throws IOException {
        Path file = dir.resolve("out.csv");
        ExportSummary fast = book.export().export(request, file, Progress.NONE);
        ExportService plain = new ExportService(book.events(), new PlainExport((Database) book.database()),
                SafeFiles.forBook(book.file()));
        ExportPreview general = plain.preview(request, Integer.MAX_VALUE, Progress.NONE);
        ExportProfile profile = ExportProfile.of(request.destination());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        CsvExportWriter writer = new CsvExportWriter(expected, profile);
        writer.writeHeader();
        for (List<String> row : general.rows()) {
            writer.writeRow(row.toArray(new String[0]));
        }
        writer.flush();
        assertThat(Files.readAllBytes(file)).as(request.toString()).isEqualTo(expected.toByteArray());
        assertThat(fast).as(request.toString()).isEqualTo(general.summary());
        ExportPreview shown = book.export().preview(request, ExportService.PREVIEW_ROWS, Progress.NONE);
        assertThat(shown.rows()).as(request.toString())
                .isEqualTo(general.rows().subList(0, Math.min(ExportService.PREVIEW_ROWS, general.rows().size())));
        assertThat(shown.summary()).as(request.toString()).isEqualTo(general.summary());
    }

    @Test
    void awkwardTextGivesTheBytesAndChecksOfTheGeneralPath() throws IOException {
        insert(600, 1);
        for (ExportDestination d : List.of(ExportDestination.MAILCHIMP, ExportDestination.BREVO)) {
            ExportRequest request = ExportRequest.of(List.of(event.id()), d);
            assertSameAsGeneralPath(request);
            assertSameAsGeneralPath(request.withRoleAddresses(true).withoutConsentToo(true));
            assertSameAsGeneralPath(request.withStatuses(EnumSet.of(RegistrationStatus.CANCELLED)));
        }
    }

    @Test
    void everyOtherLayoutGivesTheBytesAndChecksOfThePlainPathToo() throws IOException {
        insert(600, 5);
        for (ExportDestination d : ExportDestination.values()) {
            ExportRequest request = ExportRequest.of(List.of(event.id()), d);
            assertSameAsGeneralPath(request);
            assertSameAsGeneralPath(request.withStatuses(EnumSet.allOf(RegistrationStatus.class)).withoutConsentToo(true));
        }
    }

    @Test
    void severalEventsGiveTheBytesAndChecksOfThePlainPathWithEachAddressOnce() throws IOException {
        Event later = book.events().add(Event.builder("Later, and ; odd", LocalDateTime.of(2026, 9, 24, 10, 0),
                ZoneId.of("Europe/Rome"), 60).build());
        insert(later, 1_500, 6);
        insert(event, 1_500, 6);
        book.database().write(c -> {
            try (Statement st = c.createStatement()) {
                // The same people, with other statuses and consent in the second event.
                st.execute("UPDATE registration SET status = CASE id % 3 WHEN 0 THEN 'ATTENDED' WHEN 1 THEN 'NO_SHOW'"
                        + " ELSE 'CANCELLED' END, consent = id % 4 > 0 WHERE event_id = " + event.id());
            }
            return null;
        });
        for (ExportDestination d : ExportDestination.values()) {
            ExportRequest request = ExportRequest.of(List.of(event.id(), later.id()), d);
            assertSameAsGeneralPath(request);
            assertSameAsGeneralPath(request.withoutConsentToo(true).withRoleAddresses(true));
        }
        Path file = dir.resolve("both.csv");
        ExportSummary both = book.export().export(ExportRequest.of(List.of(later.id(), event.id()),
                ExportDestination.MAILCHIMP), file, Progress.NONE);
        assertThat(both.duplicatesMerged()).isPositive();
        List<List<String>> rows = StrictCsv.parse(Files.readString(file), ',', "\r\n");
        assertThat(rows).hasSize((int) both.written() + 1).extracting(row -> row.get(0)).as("an address once")
                .doesNotHaveDuplicates();
        assertThat(rows).extracting(row -> row.get(3))
                .contains("'=Cities and climate (2026-05-28),Later and odd (2026-09-24)");
    }

    @Test
    void anExportOfSeveralChunksReadOnTwoConnectionsIsTheSame() throws IOException {
        insert(40_000, 2);
        ExportRequest request = ExportRequest.of(List.of(event.id()), ExportDestination.MAILCHIMP);
        assertSameAsGeneralPath(request);
        assertSameAsGeneralPath(request.withRoleAddresses(true));
    }

    @Test
    void thePreviewFindsTheFirstRowsInALaterChunkAndShowsALongNameWhole() throws IOException {
        insert(40_000, 4);
        String longName = "Ana ".repeat(20_000).strip();
        book.database().write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE registration SET consent = 0 WHERE id <= 20000");
                st.execute("UPDATE registration SET status = 'ATTENDED', first_name = '" + longName + "'"
                        + " WHERE id BETWEEN 20001 AND 20050");
            }
            return null;
        });
        ExportRequest request = ExportRequest.of(List.of(event.id()), ExportDestination.MAILCHIMP);
        assertSameAsGeneralPath(request);
        assertThat(book.export().preview(request, ExportService.PREVIEW_ROWS, Progress.NONE).rows())
                .hasSize(ExportService.PREVIEW_ROWS).extracting(row -> row.get(1)).contains(longName);
    }

    @Test
    void aCancelledExportOnTwoConnectionsStopsTheHelperAndLeavesTheEarlierFile() throws IOException {
        insert(40_000, 3);
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "the earlier export\n");
        Progress cancelling = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        ExportRequest request = ExportRequest.of(List.of(event.id()), ExportDestination.MAILCHIMP);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> book.export().export(request, file, cancelling))
                .isInstanceOf(ExportCancelledException.class);
        assertThat(Files.readString(file)).isEqualTo("the earlier export\n");
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .doesNotContain("podium-export-reader");
        assertSameAsGeneralPath(request);
    }
}
