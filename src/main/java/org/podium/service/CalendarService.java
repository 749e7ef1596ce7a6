package org.podium.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.podium.domain.Event;
import org.podium.domain.Organisation;
import org.podium.domain.OrganiserRole;
import org.podium.exchange.ics.IcsEvent;
import org.podium.exchange.ics.IcsWriter;

/**
 * Calendar (.ics) files for events, as the Export tab and {@code events ics} save them: the
 * event's UID and sequence let a calendar that imported an earlier file replace its entry.
 */
public final class CalendarService {
    private static final Set<OrganiserRole> ORGANISING = Set.of(OrganiserRole.ORGANISER, OrganiserRole.CO_ORGANISER);

    private final EventService events;
    private final DirectoryService directory;
    private final IcsWriter writer;

    public CalendarService(EventService events, DirectoryService directory, Clock clock) {
        this.events = events;
        this.directory = directory;
        this.writer = new IcsWriter(clock);
    }

    /** The event's calendar file as text; an unknown id is a {@link NotFoundException}. */
    public String eventIcs(long eventId) {
        return writer.text(icsEvent(eventId));
    }

    /**
     * Saves the event's calendar file. It is written beside the target under a temporary name,
     * forced to disk and renamed over the target, so a failure at any point leaves the old file
     * (or none), never half of one.
     *
     * @throws NotFoundException for an unknown id, before anything is written
     * @throws ExportException when the file cannot be written; the message says why
     */
    public void saveEventIcs(long eventId, Path file) {
        IcsEvent ics = icsEvent(eventId);
        Path target = file.toAbsolutePath().normalize();
        Path folder = checkFolder(target);
        Path temp = folder.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            // CREATE_NEW rather than createTempFile, whose 0600 permissions the renamed file would keep.
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                writer.write(ics, out);
                channel.force(true);
            }
            moveOver(temp, target);
        } catch (IOException e) {
            throw ExportException.cannotWrite(target, folder, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private IcsEvent icsEvent(long eventId) {
        Event event = events.get(eventId);
        return IcsEvent.of(event, organiserName(event), "");
    }

    /** The first organisation organising the event, or "" when none is named. */
    private String organiserName(Event event) {
        Map<Long, Organisation> byId = directory.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        return event.organisers().stream()
                .filter(o -> ORGANISING.contains(o.role()) && byId.containsKey(o.organisationId()))
                .map(o -> byId.get(o.organisationId()).name())
                .findFirst().orElse("");
    }

    /** The target's folder, or an ExportException naming what is wrong with it. */
    private static Path checkFolder(Path target) {
        if (Files.isDirectory(target)) {
            throw ExportException.cannotWrite(target, "it is a folder");
        }
        Path folder = target.getParent();
        if (!Files.exists(folder)) {
            throw ExportException.cannotWrite(target, "the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw ExportException.cannotWrite(target, folder + " is a file, not a folder");
        }
        return folder;
    }

    private static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network shares cannot rename atomically; the temporary file is complete by now.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The export itself already succeeded or failed with its own message; a leftover
            // hidden .tmp file is the lesser harm than hiding that outcome.
        }
    }
}
