package org.podium.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.podium.exchange.csv.ByteSource;
import org.podium.exchange.csv.CsvReadException;
import org.podium.exchange.csv.FileLayout;
import org.podium.exchange.csv.LayoutDetector;
import org.podium.exchange.csv.RowReader;

class RowPipelineTest {
    private static RowReader reader(String text) {
        ByteSource source = ByteSource.of(text.getBytes(StandardCharsets.UTF_8), "t.csv");
        FileLayout layout = LayoutDetector.detect(source, Set.of());
        return RowReader.open(source, layout, null, ZoneId.of("UTC"), true);
    }

    @Test
    void handsOverEveryRowInOrderInBatches() {
        StringBuilder text = new StringBuilder("Email\n");
        for (int i = 0; i < 25; i++) {
            text.append("u").append(i).append("@x.org\n");
        }
        List<List<String>> batches = new ArrayList<>();
        try (RowReader reader = reader(text.toString());
             RowPipeline<String> pipeline = new RowPipeline<>(reader, 10, (r, batch) -> batch.accept(r.row().email()))) {
            for (List<String> b = pipeline.next(); b != null; b = pipeline.next()) {
                batches.add(b);
            }
            assertThat(pipeline.bytesRead()).isPositive();
        }
        assertThat(batches).extracting(List::size).containsExactly(10, 10, 5);
        assertThat(batches.get(2)).endsWith("u24@x.org");
    }

    @Test
    void aFileThatCannotBeReadOnFailsInTheCallersThreadAfterTheRowsBeforeIt() {
        try (RowReader reader = reader("Email\na@x.org\n\"b@x.org\n");
             RowPipeline<String> pipeline = new RowPipeline<>(reader, 1, (r, batch) -> batch.accept(r.row().email()))) {
            assertThat(pipeline.next()).containsExactly("a@x.org");
            assertThatThrownBy(pipeline::next).isInstanceOf(CsvReadException.class).hasMessageContaining("line 3");
        }
    }

    @Test
    void closingEarlyStopsTheReadingThread() {
        StringBuilder text = new StringBuilder("Email\n");
        for (int i = 0; i < 50_000; i++) {
            text.append("u").append(i).append("@x.org\n");
        }
        try (RowReader reader = reader(text.toString())) {
            RowPipeline<String> pipeline = new RowPipeline<>(reader, 10, (r, batch) -> batch.accept(r.row().email()));
            assertThat(pipeline.next()).hasSize(10);
            pipeline.close();
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("podium-import-reader"));
    }
}
