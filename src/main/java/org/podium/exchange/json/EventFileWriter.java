package org.podium.exchange.json;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import org.podium.domain.AgendaItem;
import org.podium.domain.Event;
import org.podium.domain.Organisation;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.Registration;

/**
 * Writes an event file as {@link EventFileReader} reads it, streaming, in a stable field
 * order so two files of the same event compare line by line. Enum values are written by
 * their names, times as ISO-8601 text.
 */
public final class EventFileWriter {
    // The caller syncs and closes the stream, so the generator must leave it open.
    static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private EventFileWriter() {
    }

    public static void write(EventFile file, Instant savedAt, String savedBy, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", EventFile.FORMAT);
            g.writeNumberField("version", EventFile.VERSION);
            g.writeStringField("savedAt", savedAt.toString());
            g.writeStringField("savedBy", savedBy);
            event(g, file);
            g.writeArrayFieldStart("organisations");
            for (Organisation o : file.organisations()) {
                g.writeStartObject();
                g.writeStringField("name", o.name());
                g.writeStringField("shortName", o.shortName());
                g.writeStringField("kind", o.kind().name());
                g.writeStringField("city", o.city());
                g.writeStringField("country", o.country());
                g.writeEndObject();
            }
            g.writeEndArray();
            people(g, file);
            g.writeArrayFieldStart("seats");
            for (EventFile.SeatEntry entry : file.seats()) {
                PanelSeat s = entry.seat();
                g.writeStartObject();
                g.writeStringField("person", entry.person());
                g.writeStringField("role", s.role().name());
                g.writeStringField("state", s.state().name());
                g.writeNumberField("order", s.order());
                g.writeBooleanField("techCheckDone", s.techCheckDone());
                g.writeBooleanField("consentToRecording", s.consentToRecording());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("agenda");
            for (EventFile.AgendaEntry entry : file.agenda()) {
                AgendaItem a = entry.item();
                g.writeStartObject();
                g.writeNumberField("position", a.position());
                g.writeStringField("title", a.title());
                g.writeNumberField("minutes", a.minutes());
                g.writeArrayFieldStart("speakers");
                for (String ref : entry.speakers()) {
                    g.writeString(ref);
                }
                g.writeEndArray();
                g.writeStringField("notes", a.notes());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (file.registrants().isPresent()) {
                g.writeArrayFieldStart("registrants");
                for (Registration r : file.registrants().get()) {
                    RegistrantJson.write(g, r);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void event(JsonGenerator g, EventFile file) throws IOException {
        Event e = file.event();
        g.writeObjectFieldStart("event");
        g.writeStringField("uid", e.uid());
        g.writeStringField("title", e.title());
        g.writeStringField("subtitle", e.subtitle());
        g.writeStringField("secondTitle", e.secondTitle());
        g.writeStringField("kind", e.kind().name());
        if (file.series().isPresent()) {
            g.writeObjectFieldStart("series");
            g.writeStringField("name", file.series().get().name());
            g.writeStringField("description", file.series().get().description());
            g.writeStringField("funder", file.series().get().funder());
            g.writeStringField("webPage", file.series().get().webPage());
            g.writeEndObject();
        } else {
            g.writeNullField("series");
        }
        g.writeStringField("status", e.status().name());
        g.writeStringField("start", e.start().toString());
        g.writeStringField("zone", e.zone().getId());
        g.writeNumberField("minutes", e.minutes());
        g.writeStringField("platform", e.platform());
        g.writeStringField("registrationUrl", e.registrationUrl());
        g.writeStringField("accessUrl", e.accessUrl());
        g.writeStringField("recordingUrl", e.recordingUrl());
        g.writeStringField("reportUrl", e.reportUrl());
        if (e.capacity() == null) {
            g.writeNullField("capacity");
        } else {
            g.writeNumberField("capacity", e.capacity());
        }
        g.writeBooleanField("public", e.isPublic());
        g.writeBooleanField("recorded", e.recorded());
        g.writeStringField("description", e.description());
        g.writeArrayFieldStart("organisers");
        for (EventFile.OrganiserLine o : file.organisers()) {
            g.writeStartObject();
            g.writeStringField("organisation", o.organisation());
            g.writeStringField("role", o.role().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sdgs");
        for (int sdg : e.sdgs()) {
            g.writeNumber(sdg);
        }
        g.writeEndArray();
        g.writeNumberField("icsSequence", e.icsSequence());
        g.writeEndObject();
    }

    private static void people(JsonGenerator g, EventFile file) throws IOException {
        g.writeArrayFieldStart("people");
        for (EventFile.PersonEntry entry : file.people()) {
            Person p = entry.person();
            g.writeStartObject();
            g.writeStringField("ref", entry.ref());
            personFields(g, p, entry.organisation());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A person's fields, in the one order of the event file and the subject-access file, naming their organisation. */
    static void personFields(JsonGenerator g, Person p, String organisation) throws IOException {
        g.writeStringField("honorific", p.honorific());
        g.writeStringField("firstName", p.firstName());
        g.writeStringField("lastName", p.lastName());
        g.writeStringField("email", p.email());
        g.writeStringField("phone", p.phone());
        g.writeStringField("position", p.position());
        g.writeStringField("organisation", organisation);
        g.writeStringField("city", p.city());
        g.writeStringField("country", p.country());
        g.writeStringField("bio", p.bio());
        g.writeStringField("notes", p.notes());
    }
}
