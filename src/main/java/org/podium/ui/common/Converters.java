package org.podium.ui.common;

import java.util.List;
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

    /** Shows each value by {@code name}, null as empty, and reads a typed name back from {@code choices}, ignoring case. */
    public static <T> StringConverter<T> named(Function<T, String> name, List<T> choices) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return choices.stream().filter(c -> name.apply(c).equalsIgnoreCase(typed)).findFirst().orElse(null);
            }
        };
    }
}
