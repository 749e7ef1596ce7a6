package org.podium.service.book;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The sample webinars' registrants: a clearly fictional audience, the same on every machine
 * (a seeded {@link Random}), written as the files a coordinator would import — a registrant
 * list and, for an event that has taken place, an attendance report — so that the samples go
 * through the real import path and every tab and chart has something to show.
 *
 * <p>Everyone lives in one of the series' cities and has an address at example.org,
 * example.net or example.com (domains reserved for examples, RFC 2606), so no sample message
 * can ever reach a real person.
 */
final class SampleRegistrants {
    /** One fictional person of the audience pool. */
    record Person(String first, String last, String email, String organisation, String job, String city,
                  String country, String language) {
    }

    private record City(String name, String country, String language, String[] firsts, String[] lasts) {
    }

    private static final List<City> CITIES = List.of(
            new City("Brussels", "BE", "en", new String[] {"Lucas", "Emma", "Louis", "Olivia", "Noah", "Lina"},
                    new String[] {"Peeters", "Janssens", "Dubois", "Lambert", "Maes", "Claes"}),
            new City("Rome", "IT", "it", new String[] {"Giulia", "Marco", "Chiara", "Luca", "Sara", "Matteo"},
                    new String[] {"Rossi", "Ferri", "Conti", "Greco", "Marini", "Leone"}),
            new City("Milan", "IT", "it", new String[] {"Francesca", "Davide", "Elena", "Paolo", "Marta", "Andrea"},
                    new String[] {"Colombo", "Brambilla", "Fontana", "Galli", "Villa", "Sala"}),
            new City("Palermo", "IT", "it", new String[] {"Rosalia", "Salvatore", "Giusi", "Vito", "Ilenia", "Nino"},
                    new String[] {"Russo", "Lombardo", "Messina", "Caruso", "Amato", "Vitale"}),
            new City("Thessaloniki", "GR", "en", new String[] {"Eleni", "Giorgos", "Maria", "Nikos", "Sofia", "Kostas"},
                    new String[] {"Papadopoulos", "Nikolaou", "Georgiou", "Dimitriou", "Ioannou", "Vlachou"}),
            new City("Gdańsk", "PL", "en", new String[] {"Anna", "Piotr", "Zofia", "Tomasz", "Maja", "Jakub"},
                    new String[] {"Nowak", "Kowalska", "Wiśniewski", "Lewandowska", "Zieliński", "Kamińska"}));
    private static final String[] DOMAINS = {"example.org", "example.net", "example.com"};
    private static final String[] KINDS = {"Example Migrant Centre", "Example Welcome Desk", "Example Social Services",
        "Example University", "Example Foundation", "Example Refugee Council"};
    private static final String[] JOBS = {"Project officer", "Case worker", "Researcher", "Policy adviser",
        "Volunteer coordinator", "Councillor", "Student", "Teacher", "Social worker", "Journalist"};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SampleRegistrants() {
    }

    /** {@code size} distinct fictional people, the same ones for the same seed. */
    static List<Person> pool(long seed, int size) {
        Random random = new Random(seed);
        List<Person> people = new ArrayList<>();
        Set<String> addresses = new LinkedHashSet<>();
        while (people.size() < size) {
            City city = CITIES.get(random.nextInt(CITIES.size()));
            String first = city.firsts()[random.nextInt(city.firsts().length)];
            String last = city.lasts()[random.nextInt(city.lasts().length)];
            String local = ascii(first + "." + last);
            String email = local + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
            for (int n = 2; !addresses.add(email); n++) {
                email = local + n + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
            }
            people.add(new Person(first, last, email, KINDS[random.nextInt(KINDS.length)] + " " + city.name(),
                    JOBS[random.nextInt(JOBS.length)], city.name(), city.country(), city.language()));
        }
        return people;
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name.replace("ń", "n").replace("ś", "s"), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The registrant list of an event starting at {@code start} (local time of its zone):
     * each person registered at some time in the five weeks before, and most gave consent to
     * further mailings.
     */
    static String registrantFile(List<Person> people, LocalDateTime start, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("Email,First Name,Last Name,Organisation,Job Title,City,Country,"
                + "Language,Registration Time,Consent\n");
        for (Person p : people) {
            LocalDateTime at = start.minusMinutes(60 + (long) (Math.pow(random.nextDouble(), 2) * 35 * 24 * 60));
            csv.append(String.join(",", p.email(), p.first(), p.last(), p.organisation(), p.job(), p.city(),
                    p.country(), p.language(), WHEN.format(at), random.nextInt(100) < 82 ? "yes" : "no")).append('\n');
        }
        return csv.toString();
    }

    /**
     * The attendance report of an event of {@code minutes} that took place: about three in
     * five registrants joined, for anything from a few minutes to the whole session; those
     * not in it are marked as no-shows by the reconciliation.
     */
    static String attendanceFile(List<Person> people, int minutes, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("Email,Attended,Minutes\n");
        for (Person p : people) {
            if (random.nextInt(100) < 62) {
                int stayed = random.nextInt(100) < 70 ? minutes - random.nextInt(8) : 5 + random.nextInt(minutes - 5);
                csv.append(p.email()).append(",yes,").append(Math.max(1, stayed)).append('\n');
            }
        }
        return csv.toString();
    }
}
