package org.podium.ui.common;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/** A searchable list of the time zones people recognise, for every place that picks one. */
public final class ZonePicker {
    private ZonePicker() {
    }

    /** Region zones (Europe/Rome) sorted by id, plus UTC; not the legacy aliases. */
    public static List<ZoneId> zones() {
        List<ZoneId> result = new ArrayList<>(ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                .sorted().map(ZoneId::of).toList());
        result.add(ZoneId.of("UTC"));
        return result;
    }

    public static SearchableComboBox<ZoneId> create() {
        SearchableComboBox<ZoneId> box = new SearchableComboBox<>();
        box.getItems().setAll(zones());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(ZoneId value) {
                return value == null ? "" : value.getId();
            }

            @Override
            public ZoneId fromString(String text) {
                return box.getItems().stream().filter(z -> z.getId().equalsIgnoreCase(text)).findFirst().orElse(null);
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
