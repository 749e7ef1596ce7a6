package org.podium.ui.preferences;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.podium.service.Preferences;

/** The preferences dialog's state: language and theme, applied together on Save. */
public final class PreferencesViewModel {
    private final Preferences current;
    private final Consumer<Preferences> apply;
    private final ObjectProperty<Preferences.Language> language;
    private final ObjectProperty<Preferences.Theme> theme;

    public PreferencesViewModel(Preferences current, Consumer<Preferences> apply) {
        this.current = current;
        this.apply = apply;
        this.language = new SimpleObjectProperty<>(current.language());
        this.theme = new SimpleObjectProperty<>(current.theme());
    }

    public ObjectProperty<Preferences.Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Preferences.Theme> themeProperty() {
        return theme;
    }

    /** Hands the chosen preferences to the window, which saves and applies them. */
    public void save() {
        apply.accept(current.withLanguage(language.get()).withTheme(theme.get()));
    }
}
