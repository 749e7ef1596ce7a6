package org.podium.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** String converters for choices that are picked from a list, never typed. */
public final class Converters {
    private Converters() {
    }

    /** Shows each value as {@code text} gives it, and null as empty. */
    public static <T> StringConverter<T> picked(Function<T, String> text) {
        return picked(text, "");
    }

    /** Shows each value as {@code text} gives it, and null (such as "all" in a filter) as {@code none}. */
    public static <T> StringConverter<T> picked(Function<T, String> text, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("picked from a list, never typed");
            }
        };
    }
}
