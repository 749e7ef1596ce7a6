package org.podium.ui.preferences;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.service.common.Preferences;

/**
 * The preferences dialog's state: language, theme and the audience's time zones shown beside
 * an event's start, applied together on Save.
 */
public final class PreferencesViewModel {
    private final Preferences current;
    private final Consumer<Preferences> apply;
    private final ObjectProperty<Preferences.Language> language;
    private final ObjectProperty<Preferences.Theme> theme;
    private final ObservableList<ZoneId> audienceZones;

    public PreferencesViewModel(Preferences current, Consumer<Preferences> apply) {
        this.current = current;
        this.apply = apply;
        this.language = new SimpleObjectProperty<>(current.language());
        this.theme = new SimpleObjectProperty<>(current.theme());
        this.audienceZones = FXCollections.observableArrayList(current.audienceZones());
    }

    public ObjectProperty<Preferences.Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Preferences.Theme> themeProperty() {
        return theme;
    }

    /** The zones in the order the form lists them. */
    public ObservableList<ZoneId> audienceZones() {
        return audienceZones;
    }

    /** Adds a zone at the end unless it is already listed. */
    public void addZone(ZoneId zone) {
        if (zone != null && !audienceZones.contains(zone)) {
            audienceZones.add(zone);
        }
    }

    public void removeZone(ZoneId zone) {
        audienceZones.remove(zone);
    }

    /** Puts the default zones back. */
    public void resetZones() {
        audienceZones.setAll(Preferences.DEFAULT_ZONES);
    }

    /** Hands the chosen preferences to the window, which saves and applies them. */
    public void save() {
        apply.accept(current.withLanguage(language.get()).withTheme(theme.get())
                .withAudienceZones(List.copyOf(audienceZones)));
    }
}
