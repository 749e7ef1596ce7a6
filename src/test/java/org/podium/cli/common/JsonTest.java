package org.podium.cli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

class JsonTest {
    private static String printed(Object value) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        Json.print(out, value);
        out.flush();
        return text.toString();
    }

    private static Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", "/tmp/Gdańsk \"Θεσσαλονίκη\"\n\tMüller.csv");
        m.put("events", List.of(1L, 22L));
        m.put("written", 929_001L);
        m.put("count", 3);
        m.put("share", 0.25);
        m.put("exact", new BigDecimal("12.50"));
        m.put("dryRun", false);
        m.put("series", null);
        m.put("sdgs", new TreeSet<>(List.of(13, 11)));
        m.put("errors", List.of(Map.of("line", 4, "message", "bad address")));
        m.put("empty", List.of());
        return m;
    }

    @Test
    void printsTheTreeAsTheObjectMapperPrintedIt() throws Exception {
        // The text scripts have read since the first release: the mapper's indented form, field order kept.
        String expected = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary());
        assertThat(printed(summary())).isEqualTo(expected + System.lineSeparator());
    }

    @Test
    void readsBackToTheSameValues() throws Exception {
        JsonNode back = new ObjectMapper().readTree(printed(summary()));
        assertThat(back.get("file").asText()).isEqualTo("/tmp/Gdańsk \"Θεσσαλονίκη\"\n\tMüller.csv");
        assertThat(back.get("events").get(1).asLong()).isEqualTo(22);
        assertThat(back.get("written").asLong()).isEqualTo(929_001);
        assertThat(back.get("series").isNull()).isTrue();
        assertThat(back.get("sdgs").toString()).isEqualTo("[11,13]");
        assertThat(back.get("errors").get(0).get("message").asText()).isEqualTo("bad address");
    }

    @Test
    void refusesAValueThatIsNotPartOfAJsonTree() {
        assertThatThrownBy(() -> printed(Map.of("when", java.time.Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.time.Instant");
        assertThatThrownBy(() -> printed(Arrays.asList(new Object())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
