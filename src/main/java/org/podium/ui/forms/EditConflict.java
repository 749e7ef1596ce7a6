package org.podium.ui.forms;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.podium.domain.Stamp;
import org.podium.domain.Versioned;
import org.podium.service.common.Formats;
import org.podium.ui.common.Messages;

/**
 * What another coordinator saved in a record while a form was editing it, field by field: for
 * each field they changed, their value, the form's, and the user's choice between keeping
 * theirs and keeping the form's. Theirs is chosen where the form had left the field as opened.
 */
public final class EditConflict<R> {
    /**
     * A field a form can show in a conflict: its label's bundle key, its value in a record,
     * and how the form takes a record's value of it into its own field.
     */
    public record Field<R>(String labelKey, Function<R, ?> value, Consumer<R> takeFrom) {
    }

    /** One field the other coordinator changed, with the user's choice. */
    public static final class Row {
        private final String label;
        private final String mine;
        private final String theirs;
        private final BooleanProperty takeTheirs;
        private final Runnable take;

        Row(String label, String mine, String theirs, boolean takeTheirs, Runnable take) {
            this.label = label;
            this.mine = mine;
            this.theirs = theirs;
            this.takeTheirs = new SimpleBooleanProperty(takeTheirs);
            this.take = take;
        }

        public String label() { return label; }
        public String mine() { return mine; }
        public String theirs() { return theirs; }
        /** True to take their value, false to keep the one in the form. */
        public BooleanProperty takeTheirsProperty() { return takeTheirs; }
    }

    private final Versioned<R> theirs;
    private final List<Row> rows;

    private EditConflict(Versioned<R> theirs, List<Row> rows) {
        this.theirs = theirs;
        this.rows = List.copyOf(rows);
    }

    /**
     * Compares the record the form {@code opened}, the one it holds now ({@code mine}) and
     * the one stored now ({@code theirs}), over the form's fields.
     */
    public static <R> EditConflict<R> of(R opened, R mine, Versioned<R> theirs, List<Field<R>> fields) {
        List<Row> rows = new ArrayList<>();
        for (Field<R> f : fields) {
            Object before = f.value().apply(opened);
            Object their = f.value().apply(theirs.value());
            if (!Objects.equals(before, their)) {
                Object my = f.value().apply(mine);
                rows.add(new Row(Messages.get(f.labelKey()), shown(my), shown(their), Objects.equals(my, before),
                        () -> f.takeFrom().accept(theirs.value())));
            }
        }
        return new EditConflict<>(theirs, rows);
    }

    private static String shown(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return Messages.get(b ? "conflict.yes" : "conflict.no");
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(EditConflict::shown).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    /** The fields they changed, in the form's order. */
    public List<Row> rows() {
        return rows;
    }

    /** The record as stored now, with the version the next save is made against. */
    public Versioned<R> theirs() {
        return theirs;
    }

    /** "Giulia saved it at 28 May 2026, 11:40": who saved the stored version and when, for the pane's heading. */
    public String heading() {
        Stamp stamp = theirs.stamp();
        return rows.isEmpty() ? Messages.get("conflict.headingNoFields", who(stamp), when(stamp))
                : Messages.get("conflict.heading", who(stamp), when(stamp));
    }

    /** Who saved the stored version, as messages name them: their name, or "Someone else". */
    public static String who(Stamp stamp) {
        return stamp.changedBy().isEmpty() ? Messages.get("conflict.someone") : stamp.changedBy();
    }

    /** When the stored version was saved, as Podium writes a date and time. */
    public static String when(Stamp stamp) {
        return stamp.changedAt() == null ? ""
                : Formats.dateTime(Messages.locale()).format(stamp.changedAt().atZone(ZoneId.systemDefault()));
    }

    /** Puts their value into the form for each field where the user chose theirs. */
    void apply() {
        for (Row row : rows) {
            if (row.takeTheirs.get()) {
                row.take.run();
            }
        }
    }
}
