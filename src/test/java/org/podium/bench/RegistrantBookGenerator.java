package org.podium.bench;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Random;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.service.Book;
import org.podium.store.BookDatabase;

/**
 * Fills an event with many plausible registrants in one transaction, for the benchmark, the
 * tests that need a big list, and screenshots. Run {@link #main} to write a book:
 * {@code FILE [COUNT]} (100,000 registrants by default, capacity 90,000).
 */
public final class RegistrantBookGenerator {
    private static final String[] FIRST = {"Ana", "Luca", "Giulia", "Marco", "Sofia", "Jonas", "Lena", "Élodie",
        "José", "María", "Nikos", "Eleni", "Katarzyna", "Piotr", "Sanne", "Pieter", "Inês", "João", "Astrid",
        "Lars", "Fatima", "Omar", "Amira", "Yusuf", "Chiara", "François", "Zoë", "Bartłomiej", "Ingrid", "Ömer"};
    private static final String[] LAST = {"Rossi", "Bianchi", "Esposito", "Müller", "Schmidt", "Dubois", "Martin",
        "García", "Fernández", "Papadopoulos", "Nowak", "Kowalski", "de Vries", "Jansen", "Silva", "Santos",
        "Andersson", "Johansson", "Haddad", "Khan", "Yılmaz", "Moreau", "Conti", "Ricci", "Wójcik", "Costa",
        "Lefèvre", "Novak", "Horváth", "Byrne"};
    private static final String[] ORGANISATIONS = {"Comune di Milano", "City of Gdańsk", "Thessaloniki Municipality",
        "IOM", "Migration Policy Institute Europe", "Université de Lyon", "Red Cross", "Caritas", "UNHCR",
        "Stadt Wien", "Ajuntament de Barcelona", "Gemeente Amsterdam", "Câmara Municipal de Lisboa",
        "Eurocities", "OECD", "European Commission", "Save the Children", "ActionAid", "Fondazione Cariplo", ""};
    private static final String[] COUNTRIES = {"IT", "DE", "FR", "ES", "GR", "PL", "NL", "PT", "SE", "BE", "AT",
        "IE", "HU", "TR", "GB", ""};
    private static final String[] DOMAINS = {"example.org", "comune.example.it", "city.example.pl", "uni.example.fr",
        "ngo.example.org", "mail.example.com"};

    private RegistrantBookGenerator() {
    }

    /** Adds {@code count} registrants to the event, registered over the 30 days before {@code until}. */
    public static void insert(BookDatabase db, long eventId, int count, Instant until, long seed) {
        Random random = new Random(seed);
        Instant from = until.minus(30, ChronoUnit.DAYS);
        long span = ChronoUnit.SECONDS.between(from, until);
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO registration(event_id, email, email_key,"
                    + " first_name, last_name, organisation, job_title, city, country, language, registered_at,"
                    + " source, status, minutes_attended, consent, consent_at, consent_source)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < count; i++) {
                    String first = FIRST[random.nextInt(FIRST.length)];
                    String last = LAST[random.nextInt(LAST.length)];
                    String email = (ascii(first) + "." + ascii(last)).replace(' ', '-') + "." + i + "@"
                            + DOMAINS[random.nextInt(DOMAINS.length)];
                    // Registrations arrive faster as the day approaches: squaring skews them late.
                    double late = Math.sqrt(random.nextDouble());
                    Instant at = from.plusSeconds((long) (late * span));
                    int roll = random.nextInt(100);
                    String status = roll < 80 ? "REGISTERED" : roll < 88 ? "WAITLISTED" : roll < 93 ? "CANCELLED"
                            : roll < 98 ? "ATTENDED" : "NO_SHOW";
                    boolean consent = random.nextInt(10) < 6;
                    ps.setLong(1, eventId);
                    ps.setString(2, email);
                    ps.setString(3, email.toLowerCase(Locale.ROOT));
                    ps.setString(4, first);
                    ps.setString(5, last);
                    ps.setString(6, ORGANISATIONS[random.nextInt(ORGANISATIONS.length)]);
                    ps.setString(7, random.nextBoolean() ? "Policy Officer" : "");
                    ps.setString(8, "");
                    ps.setString(9, COUNTRIES[random.nextInt(COUNTRIES.length)]);
                    ps.setString(10, random.nextBoolean() ? "en" : "it");
                    ps.setString(11, at.toString());
                    ps.setString(12, "CSV");
                    ps.setString(13, status);
                    ps.setInt(14, "ATTENDED".equals(status) ? 10 + random.nextInt(51) : 0);
                    ps.setInt(15, consent ? 1 : 0);
                    ps.setString(16, consent ? at.toString() : null);
                    ps.setString(17, consent ? "CSV import" : "");
                    ps.addBatch();
                    if (i % 10_000 == 9_999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ł", "l").replace("ı", "i").toLowerCase(Locale.ROOT);
    }

    /** Writes a book with one webinar of {@code count} registrants; returns the event. */
    public static Event writeBook(Book book, int count) {
        Event event = book.events().add(Event.builder("Cities welcoming newcomers: a European exchange",
                LocalDateTime.of(2026, 12, 10, 10, 0), ZoneId.of("Europe/Rome"), 90)
                .platform("Zoom").capacity(count * 9 / 10).build());
        insert(book.database(), event.id(), count, Instant.parse("2026-12-09T18:00:00Z"), 42);
        return event;
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: RegistrantBookGenerator FILE [COUNT]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        try (Book book = Composition.openBook(Path.of(args[0]), Clock.systemUTC())) {
            Event event = writeBook(book, count);
            System.out.println("Event " + event.id() + " in " + book.name() + " now holds " + count + " registrants.");
        }
    }
}
