package org.podium.ui.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Window;
import org.podium.service.CueSheet;

/**
 * Prints a cue sheet with JavaFX printing, after the system's print dialog: the sheet's lines
 * laid out as on the PDF, in plain black and grey, flowing onto as many pages as they need.
 */
public final class FxCueSheetPrinter implements CueSheetPrinter {
    private static final Color MUTED = Color.gray(0.4);
    private static final Color ACCENT = Color.color(0.05, 0.30, 0.60);
    private static final Color WARNING = Color.color(0.70, 0.20, 0.00);

    private final Supplier<Window> owner;

    public FxCueSheetPrinter(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Outcome print(CueSheet sheet) {
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        job.getJobSettings().setJobName(sheet.title());
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return Outcome.CANCELLED;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (Node page : pages(sheet, layout.getPrintableWidth(), layout.getPrintableHeight())) {
            if (!job.printPage(page)) {
                job.cancelJob();
                return Outcome.FAILED;
            }
        }
        return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
    }

    /** The sheet cut into pages of the printable size, never inside a line. */
    static List<Node> pages(CueSheet sheet, double width, double height) {
        List<Region> lines = new ArrayList<>();
        CueSheet.Style previous = null;
        for (CueSheet.Line l : sheet.lines()) {
            Region line = line(l, width);
            // A little air between the titles and what follows them, as on the PDF.
            if ((previous == CueSheet.Style.TITLE || previous == CueSheet.Style.SUBTITLE)
                    && l.style() != CueSheet.Style.SUBTITLE) {
                line.setPadding(new Insets(line.getPadding().getTop() + 6, 0, 1, l.style().indent()));
            }
            lines.add(line);
            previous = l.style();
        }
        VBox measure = new VBox();
        measure.getChildren().setAll(lines);
        new Scene(new Group(measure));
        measure.applyCss();
        measure.layout();
        List<Node> pages = new ArrayList<>();
        VBox page = page(width);
        double used = 0;
        for (Region line : lines) {
            double h = line.prefHeight(width);
            if (used + h > height && !page.getChildren().isEmpty()) {
                pages.add(page);
                page = page(width);
                used = 0;
            }
            measure.getChildren().remove(line);
            page.getChildren().add(line);
            used += h;
        }
        pages.add(page);
        return pages;
    }

    private static VBox page(double width) {
        VBox page = new VBox();
        page.setPrefWidth(width);
        return page;
    }

    private static Region line(CueSheet.Line line, double width) {
        CueSheet.Style style = line.style();
        HBox box = new HBox();
        box.setPadding(new Insets(style == CueSheet.Style.HEADING ? 10 : 0, 0, 1, style.indent()));
        double fixed = 0;
        for (int i = 0; i < style.columns().size(); i++) {
            Label cell = label(line.cells().get(i), style);
            double w = style.columns().get(i);
            cell.setMinWidth(w);
            cell.setPrefWidth(w);
            box.getChildren().add(cell);
            fixed += w;
        }
        Label last = label(line.cells().get(line.cells().size() - 1), style);
        last.setWrapText(true);
        last.setMaxWidth(width - style.indent() - fixed);
        box.getChildren().add(last);
        return box;
    }

    private static Label label(String text, CueSheet.Style style) {
        Label label = new Label(text);
        label.setFont(switch (style) {
            case TITLE -> Font.font(null, FontWeight.BOLD, 18);
            case SUBTITLE -> Font.font(12.5);
            case HEADING, WARNING -> Font.font(null, FontWeight.BOLD, style == CueSheet.Style.HEADING ? 12 : 10);
            case SEAT_DETAIL, NOTE, FOOTER -> Font.font(9);
            default -> Font.font(10);
        });
        label.setTextFill(switch (style) {
            case HEADING -> ACCENT;
            case WARNING -> WARNING;
            case SEAT_DETAIL, NOTE, FOOTER -> MUTED;
            default -> Color.BLACK;
        });
        return label;
    }
}
