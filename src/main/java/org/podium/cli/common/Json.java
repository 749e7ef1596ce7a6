package org.podium.cli.common;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Map;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Prints command results as JSON for scripts. Every command hands over a tree of maps, lists,
 * strings, numbers, booleans and nulls, which Jackson's generator writes as it walks them, in
 * the object mapper's indented form: the mapper's own start, some 25 ms of a command that only
 * prints a summary, is not needed for that.
 */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    public static void print(PrintWriter out, Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            write(g, value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        out.println(text);
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                write(g, item);
            }
            g.writeEndArray();
        } else {
            // A command put something else in its tree: a mistake to fix there, not to guess at here.
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        }
    }
}
