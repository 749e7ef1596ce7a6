package org.podium.cli.registrants;

import java.util.Optional;
import org.podium.cli.common.Choices;
import org.podium.cli.common.Parse;
import org.podium.domain.RegistrationStatus;
import picocli.CommandLine.Option;

/** Which registrants {@code registrants list} and {@code count} read: one event's, of one status or all. */
final class RegistrantFilter {
    @Option(names = "--event", required = true, paramLabel = "ID", description = "The event, as 'events list' shows it.")
    String event;
    @Option(names = "--status", paramLabel = "STATUS", completionCandidates = Choices.RegistrantStatuses.class,
            description = "Only registrants with this status: ${COMPLETION-CANDIDATES}.")
    String status;

    long eventId() {
        return Parse.id("event", event);
    }

    Optional<RegistrationStatus> only() {
        return Optional.ofNullable(status).map(s -> Parse.choice("status", s, RegistrationStatus.class));
    }
}
