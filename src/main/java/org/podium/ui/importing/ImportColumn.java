package org.podium.ui.importing;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.podium.domain.RegistrantField;
import org.podium.service.importing.ImportPreview;

/** One column of the file with the field it fills, which the coordinator may change. */
public final class ImportColumn {
    private final String header;
    private final RegistrantField detected;
    private final ObjectProperty<RegistrantField> field;

    ImportColumn(ImportPreview.Column column) {
        this.header = column.header();
        this.detected = column.detected();
        this.field = new SimpleObjectProperty<>(column.field());
    }

    public String header() {
        return header;
    }

    /** Whether the coordinator chose another field than detection did. */
    public boolean changed() {
        return field.get() != detected;
    }

    public ObjectProperty<RegistrantField> fieldProperty() {
        return field;
    }
}
