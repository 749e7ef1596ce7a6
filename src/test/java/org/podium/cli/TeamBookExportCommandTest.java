package org.podium.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.CliHarness.Run;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.Suppression;
import org.podium.store.BookDatabase;
import org.podium.store.Database;
import org.podium.store.PostgresBook;
import org.podium.store.RegistrationStore;
import org.podium.store.SuppressionStore;
import org.podium.store.TeamAddress;
import org.podium.store.TestPostgres;

/**
 * {@code registrants export} on a team book writes the very file a laptop book holding the same
 * registrants writes: the same rows in the same order, the same checks, for every profile.
 */
class TeamBookExportCommandTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final String[] NAMES = {"Ana", "Zoë", "Θεοδωρίδης", "Rossi, Jr", "=1+1", "Say \"hi\"", "tab\there",
        "line\nbreak", "back\\slash", "李", "", "-5", "@home", "O'Brien", "+39 06 1234", "cr\ronly", "\tTab first",
        "'quoted'", "a;b", "\\N", "🎤 Mic", "Ω".repeat(3000) + " long", "\u3000Ideographic", "x\u00A0"};
    private static final RegistrationStatus[] STATUSES = RegistrationStatus.values();

    @TempDir
    Path dir;
    private final CliHarness cli = new CliHarness(NOW);
    private TeamAddress team;
    private Path laptop;

    @BeforeEach
    void twoBooksWithTheSameRegistrants() {
        team = TestPostgres.newDatabase();
        laptop = dir.resolve("laptop.db");
        for (String[] db : new String[][] {{"--db", TestPostgres.url(team)}, {"--db", laptop.toString()}}) {
            for (String title : new String[] {"Cities and climate", "Borders, and belonging"}) {
                Run added = cli.run(db[0], db[1], "events", "add", "--title", title, "--start",
                        title.startsWith("C") ? "2026-05-28T10:00" : "2026-09-24T10:00", "--zone", "Europe/Rome",
                        "--minutes", "60");
                assertThat(added.code()).as(added.err()).isZero();
            }
        }
        try (PostgresBook book = PostgresBook.open(team, null)) {
            fill(book);
        }
        try (Database book = Database.open(laptop, NOW)) {
            fill(book);
        }
    }

    /** The same registrants in both books, stored through the store (written before the import worked on team books). */
    private static void fill(BookDatabase db) {
        RegistrationStore registrations = new RegistrationStore(db);
        for (int i = 0; i < 300; i++) {
            // The last fifty addresses again, for the other event: people registered for both.
            long event = (i % 250) % 3 == 0 == i < 250 ? 2 : 1;
            String email = i % 29 == 0 ? "info@d" + i + ".example.org" : "person" + (i % 250) + "@Example.org";
            boolean consent = i % 6 != 1;
            registrations.insert(new Registration(0, event, email, NAMES[i % NAMES.length] + " " + i,
                    NAMES[(i * 7) % NAMES.length], "Org " + NAMES[(i * 3) % NAMES.length], "Job", "Roma", "IT", "it",
                    Instant.parse("2026-05-01T08:00:00Z").plusSeconds(i), RegistrationSource.CSV,
                    STATUSES[i % STATUSES.length], i % 60, consent, consent ? NOW.instant() : null, "",
                    Map.of("q", NAMES[i % NAMES.length]), "note " + i));
        }
        // As another tool could leave them: padding a registration strips, and white space alone.
        db.write(c -> {
            try (java.sql.Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE registration SET first_name = ' ' || first_name || ' ' WHERE id % 17 = 0");
                st.executeUpdate("UPDATE registration SET last_name = '  ' WHERE id % 19 = 0");
                st.executeUpdate("UPDATE registration SET email = ' ' || email WHERE id % 23 = 0");
            }
            return null;
        });
        SuppressionStore suppressions = new SuppressionStore(db);
        suppressions.add(new Suppression("person7@example.org", "unsubscribed", NOW.instant()));
        suppressions.add(new Suppression("person42@example.org", "erased", NOW.instant()));
    }

    /** The summary {@code --json} printed by the last {@link #export}. */
    private String summary;

    private byte[] export(String db, String name, String... args) throws IOException {
        Path file = dir.resolve(name);
        String[] all = new String[args.length + 7];
        System.arraycopy(new String[] {"--db", db, "registrants", "export", "-o", file.toString(), "--json"}, 0, all, 0, 7);
        System.arraycopy(args, 0, all, 7, args.length);
        Run run = cli.run(all);
        assertThat(run.code()).as(run.err()).isZero();
        summary = run.out().replace(file.toString(), "FILE");
        return Files.readAllBytes(file);
    }

    private void assertSameFile(String... args) throws IOException {
        byte[] onServer = export(TestPostgres.url(team), "team.csv", args);
        String serverSummary = summary;
        byte[] onLaptop = export(laptop.toString(), "laptop.csv", args);
        assertThat(serverSummary).as("the counts of " + String.join(" ", args)).isEqualTo(summary);
        assertThat(new String(onServer, UTF_8)).as(String.join(" ", args))
                .isEqualTo(new String(onLaptop, UTF_8));
        assertThat(onServer).as(String.join(" ", args)).isEqualTo(onLaptop);
    }

    @Test
    void theMailchimpFileOfOneEventIsTheLaptopBooksByteForByte() throws IOException {
        assertSameFile("--event", "1", "--profile", "mailchimp");
        byte[] file = export(TestPostgres.url(team), "check.csv", "--event", "1", "--profile", "mailchimp");
        String text = new String(file, UTF_8);
        assertThat(text).startsWith("Email Address,First Name,Last Name,Tags\r\n").contains("person4@Example.org,\"'=1+1 4\"")
                .doesNotContain("person7@").doesNotContain("info@d29");
    }

    @Test
    void everyProfileOfSeveralEventsIsTheLaptopBooksByteForByte() throws IOException {
        for (String profile : new String[] {"mailchimp", "brevo", "excel", "full", "outlook", "google"}) {
            assertSameFile("--event", "1,2", "--profile", profile);
            assertSameFile("--event", "2,1", "--profile", profile, "--status", "registered,attended,cancelled",
                    "--include-without-consent", "--include-role-addresses");
        }
    }

    @Test
    void aServerConnectionLostMidExportWritesNoFileAndSaysSoOnOneLine() throws Exception {
        try (PostgresBook book = PostgresBook.open(team, null)) {
            book.write(c -> {
                try (java.sql.Statement st = c.createStatement()) {
                    st.execute("INSERT INTO registration (event_id, email, email_key, registered_at, source, status,"
                            + " consent) SELECT 1, 'many' || n || '@example.org', 'many' || n || '@example.org',"
                            + " '2026-05-01T08:00:00Z', 'CSV', 'REGISTERED', 1 FROM generate_series(1, 400000) n");
                }
                return null;
            });
        }
        Path out = dir.resolve("mailchimp.csv");
        java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
        Thread killer = new Thread(() -> {
            // Waits for the export's COPY, then ends its server connection.
            while (!over.get() && !killed.get()) {
                killed.set(TestPostgres.terminate("COPY (SELECT%"));
            }
        });
        killer.start();

        Run lost = cli.run("--db", TestPostgres.url(team), "registrants", "export", "--event", "1", "--profile",
                "mailchimp", "-o", out.toString());
        over.set(true);
        killer.join();

        assertThat(killed).as("the export's connection was ended").isTrue();
        assertThat(lost.code()).isEqualTo(1);
        assertThat(lost.err()).contains("Lost the connection").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(lost.err().strip().lines()).hasSize(1);
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no file, whole or half").noneMatch(
                    name -> name.contains("mailchimp"));
        }
    }
}
