package org.podium.ui.panel;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * Prints a cue sheet with JavaFX printing, after the system's print dialog: each page of the
 * cue sheet's PDF, drawn by PDFBox, fitted to the printable area. Printing the PDF's own pages
 * keeps paper and file alike, down to the fonts chosen for names in other scripts, Arabic
 * shaping and right-to-left order, which the window's own text would lay out differently.
 */
public final class FxCueSheetPrinter implements CueSheetPrinter {
    private final Supplier<Window> owner;

    public FxCueSheetPrinter(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Outcome print(String title, List<BufferedImage> pages) {
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        job.getJobSettings().setJobName(title);
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return Outcome.CANCELLED;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        try {
            // One page drawn at a time: the pages are drawn as they are asked for.
            for (BufferedImage p : pages) {
                if (!job.printPage(page(p, layout.getPrintableWidth(), layout.getPrintableHeight()))) {
                    job.cancelJob();
                    return Outcome.FAILED;
                }
            }
        } catch (RuntimeException e) {
            job.cancelJob();
            return Outcome.FAILED;
        }
        return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
    }

    /** The page fitted into the printable size, keeping its proportions. */
    static Node page(BufferedImage page, double width, double height) {
        ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(width);
        view.setFitHeight(height);
        return view;
    }
}
