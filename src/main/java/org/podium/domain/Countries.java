package org.podium.domain;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule that turns a country as people and platforms write it ("Italy", "Italia",
 * "United Kingdom", "it") into the ISO 3166 alpha-2 code a registration keeps.
 */
public final class Countries {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.ITALIAN, Locale.FRENCH, Locale.GERMAN,
        Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"),
        Locale.forLanguageTag("pl"), Locale.forLanguageTag("el")};
    private static final Map<String, String> BY_NAME = names();

    private Countries() {
    }

    /** The ISO code for a country name or code in a common language, if it is one Podium knows. */
    public static Optional<String> code(String nameOrCode) {
        String text = Text.clean(nameOrCode);
        if (text.length() == 2 && CODES.contains(text.toUpperCase(Locale.ROOT))) {
            return Optional.of(text.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(BY_NAME.get(key(text)));
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (String code : CODES) {
            Locale country = new Locale("", code);
            for (Locale language : LANGUAGES) {
                names.putIfAbsent(key(country.getDisplayCountry(language)), code);
            }
        }
        // Names platforms and people use that differ from the JDK's display names.
        String[][] aliases = {{"uk", "GB"}, {"greatbritain", "GB"}, {"england", "GB"}, {"scotland", "GB"},
            {"wales", "GB"}, {"northernireland", "GB"}, {"britain", "GB"}, {"regnounito", "GB"},
            {"usa", "US"}, {"us", "US"}, {"unitedstatesofamerica", "US"}, {"statiuniti", "US"},
            {"statiunitidamerica", "US"}, {"russia", "RU"}, {"southkorea", "KR"}, {"korea", "KR"},
            {"northkorea", "KP"}, {"czechrepublic", "CZ"}, {"repubblicaceca", "CZ"}, {"turkey", "TR"},
            {"turkiye", "TR"}, {"macedonia", "MK"}, {"northmacedonia", "MK"}, {"kosovo", "XK"},
            {"vatican", "VA"}, {"vaticancity", "VA"}, {"holysee", "VA"}, {"ivorycoast", "CI"},
            {"cotedivoire", "CI"}, {"moldova", "MD"}, {"bolivia", "BO"}, {"venezuela", "VE"},
            {"iran", "IR"}, {"syria", "SY"}, {"laos", "LA"}, {"vietnam", "VN"}, {"tanzania", "TZ"},
            {"palestine", "PS"}, {"hongkong", "HK"}, {"macau", "MO"}, {"taiwan", "TW"},
            {"congo", "CG"}, {"drc", "CD"}, {"democraticrepublicofthecongo", "CD"}, {"burma", "MM"},
            {"swaziland", "SZ"}, {"capeverde", "CV"}, {"eastTimor", "TL"}, {"holland", "NL"},
            {"thenetherlands", "NL"}, {"brunei", "BN"}, {"micronesia", "FM"}, {"uae", "AE"}};
        for (String[] alias : aliases) {
            names.put(key(alias[0]), alias[1]);
        }
        return Map.copyOf(names);
    }

    /** Lower case letters only, accents dropped: "Côte d’Ivoire" and "cote divoire" meet. */
    static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetter(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }
}
