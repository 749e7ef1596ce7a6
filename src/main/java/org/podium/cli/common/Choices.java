package org.podium.cli.common;

import java.util.Arrays;
import java.util.Iterator;
import org.podium.domain.EventKind;
import org.podium.domain.EventStatus;
import org.podium.domain.ExportDestination;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;
import org.podium.service.importing.ImportOptions;

/**
 * The words an option takes, as {@link Parse#choice} reads them, for shell completion
 * ({@code completionCandidates}): each list is the enum's own values, so it cannot drift from
 * what the command accepts.
 */
public final class Choices {
    private Choices() {
    }

    /** An enum's values as the command line spells them. */
    private abstract static class Of<E extends Enum<E>> implements Iterable<String> {
        private final Class<E> type;

        Of(Class<E> type) {
            this.type = type;
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(type.getEnumConstants()).map(EventJson::lower).iterator();
        }
    }

    public static final class Profiles extends Of<ExportDestination> {
        Profiles() {
            super(ExportDestination.class);
        }
    }

    public static final class RegistrantStatuses extends Of<RegistrationStatus> {
        RegistrantStatuses() {
            super(RegistrationStatus.class);
        }
    }

    public static final class EventStatuses extends Of<EventStatus> {
        EventStatuses() {
            super(EventStatus.class);
        }
    }

    public static final class EventKinds extends Of<EventKind> {
        EventKinds() {
            super(EventKind.class);
        }
    }

    public static final class Roles extends Of<SeatRole> {
        Roles() {
            super(SeatRole.class);
        }
    }

    public static final class States extends Of<SeatState> {
        States() {
            super(SeatState.class);
        }
    }

    static final class ImportFormats extends Of<ImportOptions.Format> {
        ImportFormats() {
            super(ImportOptions.Format.class);
        }
    }
}
