package org.podium.ui.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podium.service.CueSheet;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The printed cue sheet's pages, laid out headless: every line once, in order, never cut. */
@ExtendWith(ApplicationExtension.class)
class FxCueSheetPrinterTest {
    private static List<String> texts(Node page) {
        List<String> texts = new ArrayList<>();
        for (Node line : ((Pane) page).getChildren()) {
            texts.add(String.join("|", ((Pane) line).getChildren().stream().map(n -> ((Label) n).getText()).toList()));
        }
        return texts;
    }

    @Test
    void aLongRunOfShowFlowsOntoMorePagesKeepingEveryLineInOrder(FxRobot robot) {
        List<CueSheet.Line> lines = new ArrayList<>();
        lines.add(CueSheet.Line.of(CueSheet.Style.TITLE, "A long day"));
        lines.add(CueSheet.Line.of(CueSheet.Style.HEADING, "Run of show"));
        for (int i = 0; i < 80; i++) {
            lines.add(CueSheet.Line.of(CueSheet.Style.ITEM, String.format("%02d:00", i % 24), "60 min", "Session " + i));
        }
        CueSheet sheet = new CueSheet("A long day", lines);

        List<Node> pages = new ArrayList<>();
        robot.interact(() -> pages.addAll(FxCueSheetPrinter.pages(sheet, 523, 770)));

        assertThat(pages).hasSizeGreaterThan(1);
        List<String> all = new ArrayList<>();
        pages.forEach(p -> all.addAll(texts(p)));
        assertThat(all).hasSize(82).startsWith("A long day", "Run of show", "00:00|60 min|Session 0")
                .endsWith("07:00|60 min|Session 79");
        for (Node page : pages) {
            assertThat(((Pane) page).getChildren().stream().mapToDouble(n -> ((Pane) n).prefHeight(523)).sum())
                    .isLessThanOrEqualTo(770);
        }
    }
}
