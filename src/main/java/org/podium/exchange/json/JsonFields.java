package org.podium.exchange.json;

import org.podium.domain.Phrase;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One JSON object read field by field, knowing its own path in the file, so every complaint
 * names the field it is about ({@code people[2].email: expected text, found 42}). Absent and
 * null optional fields take their default; unknown fields are refused, because a misspelt
 * field silently ignored would be data silently lost.
 */
final class JsonFields {
    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The object at {@code path}; anything else is refused. */
    static JsonFields of(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            Phrase reason = Phrase.of("eventFile.problem.expected", Phrase.of("eventFile.expected.object"), describe(node));
            throw path.isEmpty() ? EventFileException.theFile(reason) : new EventFileException(path, reason);
        }
        return new JsonFields(node, path);
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** Refuses any field not in {@code allowed}. */
    JsonFields only(String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new EventFileException(path(name), "eventFile.problem.unknownField",
                        Arrays.stream(allowed).sorted().collect(Collectors.joining(", ")));
            }
        }
        return this;
    }

    private JsonNode present(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private JsonNode required(String field) {
        JsonNode value = present(field);
        if (value == null) {
            throw new EventFileException(path(field), "eventFile.problem.missing");
        }
        return value;
    }

    String text(String field) {
        return asText(field, required(field));
    }

    String text(String field, String fallback) {
        JsonNode value = present(field);
        return value == null ? fallback : asText(field, value);
    }

    private String asText(String field, JsonNode value) {
        if (!value.isTextual()) {
            throw wrong(field, "text", value);
        }
        return value.asText();
    }

    int integer(String field) {
        return asInt(field, required(field));
    }

    int integer(String field, int fallback) {
        JsonNode value = present(field);
        return value == null ? fallback : asInt(field, value);
    }

    Integer nullableInteger(String field) {
        JsonNode value = present(field);
        return value == null ? null : asInt(field, value);
    }

    private int asInt(String field, JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrong(field, "wholeNumber", value);
        }
        return value.intValue();
    }

    boolean bool(String field, boolean fallback) {
        JsonNode value = present(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw wrong(field, "trueFalse", value);
        }
        return value.booleanValue();
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, E fallback) {
        JsonNode value = present(field);
        if (value == null) {
            if (fallback == null) {
                throw new EventFileException(path(field), "eventFile.problem.missing");
            }
            return fallback;
        }
        String text = asText(field, value);
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(text)) {
                return candidate;
            }
        }
        throw new EventFileException(path(field), "eventFile.problem.expectedOneOf", Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")), describe(value));
    }

    LocalDateTime localDateTime(String field) {
        return parsed(field, required(field), "dateTime", LocalDateTime::parse);
    }

    ZoneId zone(String field) {
        return parsed(field, required(field), "zone", ZoneId::of);
    }

    Instant instant(String field) {
        return asInstant(field, required(field));
    }

    Instant nullableInstant(String field) {
        JsonNode value = present(field);
        return value == null ? null : asInstant(field, value);
    }

    private Instant asInstant(String field, JsonNode value) {
        return parsed(field, value, "moment", Instant::parse);
    }

    /** The value's text read by {@code parse}; anything else, or text it cannot read, is refused as not {@code expected}. */
    private <T> T parsed(String field, JsonNode value, String expected, Function<String, T> parse) {
        try {
            return parse.apply(asTextOrWrong(field, value, expected));
        } catch (DateTimeException e) {
            throw wrong(field, expected, value);
        }
    }

    private String asTextOrWrong(String field, JsonNode value, String expected) {
        if (!value.isTextual()) {
            throw wrong(field, expected, value);
        }
        return value.asText();
    }

    /** The array's objects, each knowing its path ({@code people[2]}); absent means empty. */
    List<JsonFields> objects(String field) {
        List<JsonFields> result = new ArrayList<>();
        int i = 0;
        for (JsonNode item : array(field)) {
            result.add(of(item, path(field) + "[" + i++ + "]"));
        }
        return result;
    }

    boolean has(String field) {
        return present(field) != null;
    }

    JsonFields requiredObject(String field) {
        return of(required(field), path(field));
    }

    Optional<JsonFields> object(String field) {
        JsonNode value = present(field);
        return value == null ? Optional.empty() : Optional.of(of(value, path(field)));
    }

    List<Integer> integers(String field) {
        List<Integer> result = new ArrayList<>();
        int i = 0;
        for (JsonNode item : array(field)) {
            if (!item.isIntegralNumber() || !item.canConvertToInt()) {
                throw new EventFileException(path(field) + "[" + i + "]", "eventFile.problem.expected",
                        Phrase.of("eventFile.expected.wholeNumber"), describe(item));
            }
            result.add(item.intValue());
            i++;
        }
        return result;
    }

    List<String> texts(String field) {
        List<String> result = new ArrayList<>();
        int i = 0;
        for (JsonNode item : array(field)) {
            if (!item.isTextual()) {
                throw new EventFileException(path(field) + "[" + i + "]", "eventFile.problem.expected",
                        Phrase.of("eventFile.expected.text"), describe(item));
            }
            result.add(item.asText());
            i++;
        }
        return result;
    }

    /** An object of text values, such as a registrant's custom answers; absent means empty. */
    Map<String, String> textMap(String field) {
        JsonNode value = present(field);
        Map<String, String> result = new LinkedHashMap<>();
        if (value == null) {
            return result;
        }
        if (!value.isObject()) {
            throw wrong(field, "objectOfTexts", value);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isTextual()) {
                throw new EventFileException(path(field) + "." + entry.getKey(), "eventFile.problem.expected",
                        Phrase.of("eventFile.expected.text"), describe(entry.getValue()));
            }
            result.put(entry.getKey(), entry.getValue().asText());
        }
        return result;
    }

    private JsonNode array(String field) {
        JsonNode value = present(field);
        if (value == null) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            throw wrong(field, "list", value);
        }
        return value;
    }

    /** {@code expected} names what the field should hold: the end of an {@code eventFile.expected.} key. */
    private EventFileException wrong(String field, String expected, JsonNode found) {
        return new EventFileException(path(field), "eventFile.problem.expected", Phrase.of("eventFile.expected." + expected),
                describe(found));
    }

    /** How a value looks in a message: text quoted and shortened, other values as JSON, nothing or a structure in words. */
    static Object describe(JsonNode value) {
        if (value == null || value.isNull()) {
            return Phrase.of("eventFile.found.nothing");
        }
        if (value.isTextual()) {
            String text = value.asText();
            return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
        }
        if (value.isObject()) {
            return Phrase.of("eventFile.found.object");
        }
        if (value.isArray()) {
            return Phrase.of("eventFile.found.list");
        }
        return value.toString();
    }
}
