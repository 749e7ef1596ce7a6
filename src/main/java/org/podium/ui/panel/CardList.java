package org.podium.ui.panel;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A short list drawn as cards of their natural height (a panel, an agenda: a few dozen at
 * most, so no virtual list is needed), reordered by dragging a card onto another or with
 * Alt+Up and Alt+Down on a focused card; a click selects a card when a selection is given.
 */
final class CardList<T> {
    static final String CARD = "podium-card";
    private static final DataFormat INDEX = new DataFormat("application/x-podium-card-index");
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final VBox box = new VBox(4);
    private final ObservableList<T> items;
    private final Function<T, Region> card;
    private final BiConsumer<Integer, Integer> move;
    private final ObjectProperty<T> selection;
    private int focusAfterRedraw = -1;

    /**
     * @param move called with (from, to), the card's index before and after the move
     * @param selection set when a card is clicked, and drawn as selected; may be null
     */
    CardList(ObservableList<T> items, Function<T, Region> card, BiConsumer<Integer, Integer> move,
             ObjectProperty<T> selection, Label placeholder) {
        this.items = items;
        this.card = card;
        this.move = move;
        this.selection = selection;
        items.addListener((ListChangeListener<T>) c -> redraw(placeholder));
        if (selection != null) {
            selection.addListener((obs, old, now) -> markSelected());
        }
        redraw(placeholder);
    }

    Region node() {
        return box;
    }

    private void redraw(Label placeholder) {
        if (focusAfterRedraw < 0) {
            // A change made from a card's own control (an answer picked) redraws the card: keep
            // the keyboard on it rather than letting focus fall back to the window's first field.
            focusAfterRedraw = focusedCard();
        }
        box.getChildren().clear();
        if (items.isEmpty()) {
            box.getChildren().add(placeholder);
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            box.getChildren().add(wire(card.apply(items.get(i)), i));
        }
        markSelected();
        if (focusAfterRedraw >= 0 && focusAfterRedraw < box.getChildren().size()) {
            box.getChildren().get(focusAfterRedraw).requestFocus();
        }
        focusAfterRedraw = -1;
    }

    private int focusedCard() {
        if (box.getScene() == null) {
            return -1;
        }
        for (Node n = box.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n.getParent() == box) {
                return box.getChildren().indexOf(n);
            }
        }
        return -1;
    }

    private Node wire(Region node, int index) {
        node.getStyleClass().add(CARD);
        node.setFocusTraversable(true);
        node.setMaxWidth(Double.MAX_VALUE);
        if (selection != null) {
            node.setOnMouseClicked(e -> {
                selection.set(items.get(index));
                node.requestFocus();
            });
        }
        node.setOnKeyPressed(e -> {
            int to = !e.isAltDown() ? -1 : e.getCode() == KeyCode.UP ? index - 1 : e.getCode() == KeyCode.DOWN ? index + 1 : -1;
            if (to >= 0 && to < items.size()) {
                focusAfterRedraw = to;
                move.accept(index, to);
                e.consume();
            }
        });
        node.setOnDragDetected(e -> {
            Dragboard board = node.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(INDEX, index);
            board.setContent(content);
            board.setDragView(node.snapshot(null, null));
            e.consume();
        });
        node.setOnDragOver(e -> {
            if (e.getGestureSource() != node && e.getDragboard().hasContent(INDEX)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        node.setOnDragEntered(e -> node.pseudoClassStateChanged(DROP_TARGET,
                e.getGestureSource() != node && e.getDragboard().hasContent(INDEX)));
        node.setOnDragExited(e -> node.pseudoClassStateChanged(DROP_TARGET, false));
        node.setOnDragDropped(e -> {
            Object from = e.getDragboard().getContent(INDEX);
            boolean done = from instanceof Integer;
            if (done) {
                move.accept((Integer) from, index);
            }
            e.setDropCompleted(done);
            e.consume();
        });
        return node;
    }

    private void markSelected() {
        if (selection == null || items.isEmpty()) {
            return;
        }
        for (int i = 0; i < box.getChildren().size() && i < items.size(); i++) {
            box.getChildren().get(i).pseudoClassStateChanged(SELECTED, items.get(i).equals(selection.get()));
        }
    }
}
