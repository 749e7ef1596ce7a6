package org.podium.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/** A table cell that shows a status (an event's, a registrant's) as the same coloured chip everywhere. */
public final class StatusChipCell<S, E extends Enum<E>> extends TableCell<S, E> {
    @Override
    protected void updateItem(E status, boolean empty) {
        super.updateItem(status, empty);
        setText(null);
        if (empty || status == null) {
            setGraphic(null);
            return;
        }
        Label chip = new Label(Texts.of(status));
        chip.getStyleClass().addAll(StyleClasses.STATUS_CHIP, StyleClasses.statusChip(status));
        setGraphic(chip);
    }
}
