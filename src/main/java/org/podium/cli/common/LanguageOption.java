package org.podium.cli.common;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The language of a document a command writes: English or Italian, as the window offers. */
public final class LanguageOption {
    @Option(names = "--language", defaultValue = "en", paramLabel = "LANG", description = "en (the default) or it.")
    String language;

    public Locale locale() {
        return switch (language.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "it" -> Locale.ITALIAN;
            default -> throw new BadInputException("language: '" + language + "' is not en or it");
        };
    }
}
