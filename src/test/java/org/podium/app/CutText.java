package org.podium.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.StyleClasses;

/**
 * Finds text the window shows cut short: a label, button, radio, menu item or column header
 * whose skin draws less than its whole text ("Solo i pre…"), a text field's prompt wider than
 * the field, or text that lies past the window's edge. Rows of tables and lists are left out (a long value in a narrow cell is the table's way),
 * except their status chips: a status is one of a few words, and its column is made to hold the
 * longest, so a chip drawn cut short ("In programm…") is a column too narrow for its language.
 */
final class CutText {
    private CutText() {
    }

    /** Each text cut short under {@code root}, as "where: 'whole' shown as 'drawn'". */
    static List<String> under(Node root, String where) {
        List<String> found = new ArrayList<>();
        double windowWidth = root.getScene() == null ? Double.MAX_VALUE : root.getScene().getWidth();
        walk(root, where, windowWidth, false, found);
        return found;
    }

    private static void walk(Node node, String where, double windowWidth, boolean scrolled, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof VirtualFlow) {
            chips(node, where, found);
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, where, windowWidth, scrolled, found);
        }
        if (node instanceof TextField field) {
            prompt(field, where, found);
        }
        if (node instanceof Parent parent) {
            // What a scroll pane or a wide table holds may lie past the window, scrolled, not cut.
            boolean inScroll = scrolled || node instanceof ScrollPane || node instanceof TableView;
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, where, windowWidth, inScroll, found);
            }
        }
    }

    /** The status chips of the rows a table or list shows, each checked for its whole text. */
    private static void chips(Node node, String where, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled chip && chip.getStyleClass().contains(StyleClasses.STATUS_CHIP)) {
            check(chip, where, Double.MAX_VALUE, true, found);
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                chips(child, where, found);
            }
        }
    }

    private static void check(Labeled labeled, String where, double windowWidth, boolean scrolled, List<String> found) {
        String whole = labeled.getText();
        if (whole == null || whole.isBlank()) {
            return;
        }
        if (labeled.isMnemonicParsing()) {
            whole = whole.replaceFirst("_(?=.)", "");
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text drawn && !(child instanceof FontIcon) && !whole.equals(drawn.getText())) {
                found.add(where + ": '" + whole + "' shown as '" + drawn.getText() + "' (" + kind(labeled) + ")");
                return;
            }
        }
        if (!scrolled && labeled.getScene() != null) {
            Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
            if (bounds.getMinX() >= 0 && bounds.getMaxX() > windowWidth + 1) {
                found.add(where + ": '" + whole + "' runs past the window's edge (" + kind(labeled) + ")");
            }
        }
    }

    /** A text field's prompt is clipped, not shortened with "…": it is cut when wider than the room inside the field. */
    private static void prompt(TextField field, String where, List<String> found) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isBlank() || field.getWidth() <= 0) {
            return;
        }
        Text measured = new Text(prompt);
        measured.setFont(field.getFont());
        double room = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
        if (measured.getLayoutBounds().getWidth() > room + 0.5) {
            found.add(where + ": the prompt '" + prompt + "' is wider than its field " + field.getId());
        }
    }

    private static String kind(Labeled labeled) {
        String styles = String.join(".", labeled.getStyleClass());
        Node parent = labeled.getParent();
        String inside = parent == null ? "" : " in " + String.join(".", parent.getStyleClass());
        return labeled.getClass().getSimpleName() + "." + styles + inside;
    }
}
