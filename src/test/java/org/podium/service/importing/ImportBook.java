package org.podium.service.importing;

import org.podium.service.Book;
import org.podium.service.common.Progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationStatus;
import org.podium.store.RegistrationStore;

/**
 * A real book in a test's folder with an event to import into, the fixture files copied
 * beside it, and the stored registrants written out one line each, every field shown, so a
 * test states exactly what reached the book.
 */
public final class ImportBook implements AutoCloseable {
    public static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    public static final ZoneId ROME = ZoneId.of("Europe/Rome");

    public final Path dir;
    public final Book book;
    public final Event event;

    public ImportBook(Path dir) {
        this(dir, null);
    }

    public ImportBook(Path dir, Integer capacity) {
        this.dir = dir;
        this.book = Composition.openBook(dir.resolve("book.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        this.event = book.events().add(Event.builder("European Cities on the Front Line",
                LocalDateTime.of(2026, 5, 28, 10, 0), ROME, 60).capacity(capacity).build());
    }

    /** A fixture file of the exchange tests, copied into the test folder. */
    public Path fixture(String name) {
        try (InputStream in = getClass().getResourceAsStream("/org/podium/exchange/csv/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path windowsFile() {
        return fixture("windows-1252.csv");
    }

    public Path file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public Path file(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Registration register(String email, String firstName, RegistrationStatus status) {
        return new RegistrationStore(book.database()).insert(new Registration(0, event.id(), email, firstName, "",
                "", "", "", "", "", Instant.parse("2026-05-01T10:00:00Z"), null, status, 0, false, null, "", null, ""));
    }

    /** Every registrant of the event, in the order they came, each as one line of every field. */
    public List<String> stored() {
        List<String> rows = new ArrayList<>();
        book.registrants().forEach(event.id(), Optional.empty(), r -> rows.add(line(r)));
        return rows;
    }

    static String line(Registration r) {
        String consent = r.consentAt() == null && r.consentSource().isEmpty() ? "consent ?"
                : "consent " + (r.consent() ? "yes" : "no") + " " + r.consentAt() + " " + r.consentSource();
        return String.join(" | ", r.email(), r.firstName(), r.lastName(), r.organisation(), r.jobTitle(), r.city(),
                r.country(), r.language(), String.valueOf(r.registeredAt()), r.source().name(), r.status().name(),
                String.valueOf(r.minutesAttended()), consent, r.customAnswers().toString(), r.notes());
    }

    public long count() {
        return book.registrants().count(event.id(), Optional.empty());
    }

    public ImportSummary commit(Path file, ImportOptions options) {
        return book.imports().commit(file, event.id(), options, Progress.NONE);
    }

    @Override
    public void close() {
        book.close();
    }
}
