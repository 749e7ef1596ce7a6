package org.podium.exchange.json;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import com.fasterxml.jackson.core.JsonGenerator;
import org.podium.domain.Registration;

/**
 * A registration as one JSON object, the one form of every file and output that holds
 * registrants (event files, subject-access files, the command line's {@code registrants list
 * --json}): every field in a stable order, enum values by their names, times as ISO-8601 text,
 * custom answers sorted by question. {@link EventFileReader} reads it back.
 */
public final class RegistrantJson {
    private RegistrantJson() {
    }

    public static void write(JsonGenerator g, Registration r) throws IOException {
        g.writeStartObject();
        g.writeStringField("email", r.email());
        g.writeStringField("firstName", r.firstName());
        g.writeStringField("lastName", r.lastName());
        g.writeStringField("organisation", r.organisation());
        g.writeStringField("jobTitle", r.jobTitle());
        g.writeStringField("city", r.city());
        g.writeStringField("country", r.country());
        g.writeStringField("language", r.language());
        g.writeStringField("registeredAt", r.registeredAt().toString());
        g.writeStringField("source", r.source().name());
        g.writeStringField("status", r.status().name());
        g.writeNumberField("minutesAttended", r.minutesAttended());
        g.writeBooleanField("consent", r.consent());
        if (r.consentAt() == null) {
            g.writeNullField("consentAt");
        } else {
            g.writeStringField("consentAt", r.consentAt().toString());
        }
        g.writeStringField("consentSource", r.consentSource());
        g.writeObjectFieldStart("customAnswers");
        for (Map.Entry<String, String> answer : new TreeMap<>(r.customAnswers()).entrySet()) {
            g.writeStringField(answer.getKey(), answer.getValue());
        }
        g.writeEndObject();
        g.writeStringField("notes", r.notes());
        g.writeEndObject();
    }
}
