package org.podium.ui.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The printed cue sheet's pages, laid out headless: every PDF page once, in order, fitted to the paper. */
@ExtendWith(ApplicationExtension.class)
class FxCueSheetPrinterTest {
    @Test
    void eachPdfPageIsFittedToThePrintableAreaKeepingItsProportions(FxRobot robot) {
        // Two A4 pages at 300 dpi less half an inch a side, the second marked in its corner.
        BufferedImage first = new BufferedImage(2180, 3208, BufferedImage.TYPE_INT_RGB);
        BufferedImage second = new BufferedImage(2180, 3208, BufferedImage.TYPE_INT_RGB);
        second.setRGB(0, 0, 0xFF0000);

        List<Node> pages = new ArrayList<>();
        robot.interact(() -> List.of(first, second).forEach(p -> pages.add(FxCueSheetPrinter.page(p, 523, 700))));

        assertThat(pages).hasSize(2).allSatisfy(p -> {
            assertThat(p.getLayoutBounds().getHeight()).isEqualTo(700, Offset.offset(0.5));
            assertThat(p.getLayoutBounds().getWidth()).isEqualTo(700.0 * 2180 / 3208, Offset.offset(0.5));
        });
        assertThat(((ImageView) pages.get(1)).getImage().getPixelReader().getArgb(0, 0)).isEqualTo(0xFFFF0000);
        assertThat(((ImageView) pages.get(0)).getImage().getPixelReader().getArgb(0, 0)).isEqualTo(0xFF000000);
    }
}
