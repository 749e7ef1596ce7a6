package org.podium.store;

import java.nio.file.Path;

/** What a book file holds, as a restore shows it before replacing the current book. */
public record BookFacts(Path file, int schemaVersion, long bytes, long events, long people, long registrations) {
}
