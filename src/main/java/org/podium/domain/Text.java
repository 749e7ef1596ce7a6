package org.podium.domain;

/** Small rules for the free text every record carries: absent text is the empty string. */
public final class Text {
    private Text() {
    }

    /** Trims surrounding white space and turns null into the empty string. */
    public static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    /** Like {@link #clean} but refuses a blank value, naming the field. */
    public static String required(String value, String field) {
        String cleaned = clean(value);
        if (cleaned.isEmpty()) {
            throw new InvalidFieldException(field, "invalid.required", Phrase.of("invalid.field." + field));
        }
        return cleaned;
    }
}
