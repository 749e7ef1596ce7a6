package org.podium.exchange.json;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.Registration;
import org.podium.domain.Suppression;

/**
 * Everything a book holds about one address, as a subject-access request is answered: the
 * directory entry, panel seats, agenda places, registrations with their events, and the
 * suppression entry, written as one JSON document ({@code "format": "podium-subject-access"}).
 */
public record SubjectAccessFile(String email, Instant exportedAt, Optional<Person> person, String organisation,
                                List<SeatLine> seats, List<SpeakerLine> agenda,
                                List<RegistrationLine> registrations, Optional<Suppression> suppression) {
    public static final String FORMAT = "podium-subject-access";
    public static final int VERSION = 1;

    public SubjectAccessFile {
        seats = List.copyOf(seats);
        agenda = List.copyOf(agenda);
        registrations = List.copyOf(registrations);
    }

    /** A seat with the event it is on. */
    public record SeatLine(String event, LocalDateTime start, String zone, PanelSeat seat) {
    }

    /** An agenda item the person speaks at. */
    public record SpeakerLine(String event, String item) {
    }

    /** A registration with the event it is for. */
    public record RegistrationLine(String event, LocalDateTime start, String zone, Registration registration) {
    }

    /** Whether the book holds anything at all about the address. */
    public boolean isEmpty() {
        return person.isEmpty() && seats.isEmpty() && agenda.isEmpty() && registrations.isEmpty() && suppression.isEmpty();
    }

    public void write(OutputStream out) throws IOException {
        try (JsonGenerator g = EventFileWriter.JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("email", email);
            g.writeStringField("exportedAt", exportedAt.toString());
            if (person.isPresent()) {
                Person p = person.get();
                g.writeObjectFieldStart("person");
                EventFileWriter.personFields(g, p, organisation);
                g.writeEndObject();
            } else {
                g.writeNullField("person");
            }
            g.writeArrayFieldStart("seats");
            for (SeatLine line : seats) {
                g.writeStartObject();
                g.writeStringField("event", line.event());
                g.writeStringField("start", line.start().toString());
                g.writeStringField("zone", line.zone());
                g.writeStringField("role", line.seat().role().name());
                g.writeStringField("state", line.seat().state().name());
                g.writeBooleanField("techCheckDone", line.seat().techCheckDone());
                g.writeBooleanField("consentToRecording", line.seat().consentToRecording());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("agenda");
            for (SpeakerLine line : agenda) {
                g.writeStartObject();
                g.writeStringField("event", line.event());
                g.writeStringField("item", line.item());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("registrations");
            for (RegistrationLine line : registrations) {
                g.writeStartObject();
                g.writeStringField("event", line.event());
                g.writeStringField("start", line.start().toString());
                g.writeStringField("zone", line.zone());
                g.writeFieldName("registration");
                RegistrantJson.write(g, line.registration());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (suppression.isPresent()) {
                g.writeObjectFieldStart("suppression");
                g.writeStringField("reason", suppression.get().reason());
                g.writeStringField("since", suppression.get().since().toString());
                g.writeEndObject();
            } else {
                g.writeNullField("suppression");
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
