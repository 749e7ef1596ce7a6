package org.podium.ui.common;

import java.util.Locale;

/** The bundle text for enum values: {@code enum.EventStatus.CONCLUDED} and the like. */
public final class Texts {
    private Texts() {
    }

    public static String of(Enum<?> value) {
        return value == null ? "" : Messages.get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** Lower-case key fragment used by style classes and bundles. */
    static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
