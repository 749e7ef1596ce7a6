package org.podium.exchange.csv;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podium.domain.RegistrationStatus;

/**
 * Reads the small values files carry in words: yes and no in several languages, a platform's
 * status for a registrant, a time in a session ("45", "1h 2m 3s", "01:02:03"), a full name.
 */
final class Values {
    private static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("yes", true), Map.entry("y", true), Map.entry("true", true), Map.entry("1", true),
            Map.entry("si", true), Map.entry("sì", true), Map.entry("x", true), Map.entry("ja", true),
            Map.entry("oui", true), Map.entry("checked", true), Map.entry("accepted", true),
            Map.entry("accetto", true), Map.entry("agree", true), Map.entry("iagree", true),
            Map.entry("optedin", true), Map.entry("no", false), Map.entry("n", false), Map.entry("false", false),
            Map.entry("0", false), Map.entry("nein", false), Map.entry("non", false), Map.entry("declined", false),
            Map.entry("nonaccetto", false), Map.entry("optedout", false), Map.entry("unchecked", false));
    private static final Map<String, RegistrationStatus> STATUSES = Map.ofEntries(
            Map.entry("registered", RegistrationStatus.REGISTERED), Map.entry("attending", RegistrationStatus.REGISTERED),
            Map.entry("approved", RegistrationStatus.REGISTERED), Map.entry("confirmed", RegistrationStatus.REGISTERED),
            Map.entry("iscritto", RegistrationStatus.REGISTERED), Map.entry("iscritta", RegistrationStatus.REGISTERED),
            Map.entry("confermato", RegistrationStatus.REGISTERED), Map.entry("confermata", RegistrationStatus.REGISTERED),
            Map.entry("waitlisted", RegistrationStatus.WAITLISTED), Map.entry("waitlist", RegistrationStatus.WAITLISTED),
            Map.entry("pending", RegistrationStatus.WAITLISTED), Map.entry("inattesa", RegistrationStatus.WAITLISTED),
            Map.entry("listadattesa", RegistrationStatus.WAITLISTED), Map.entry("inlistadattesa", RegistrationStatus.WAITLISTED),
            Map.entry("cancelled", RegistrationStatus.CANCELLED), Map.entry("canceled", RegistrationStatus.CANCELLED),
            Map.entry("notattending", RegistrationStatus.CANCELLED), Map.entry("refunded", RegistrationStatus.CANCELLED),
            Map.entry("deleted", RegistrationStatus.CANCELLED), Map.entry("denied", RegistrationStatus.CANCELLED),
            Map.entry("rejected", RegistrationStatus.CANCELLED), Map.entry("transferred", RegistrationStatus.CANCELLED),
            Map.entry("annullato", RegistrationStatus.CANCELLED), Map.entry("annullata", RegistrationStatus.CANCELLED),
            Map.entry("cancellato", RegistrationStatus.CANCELLED), Map.entry("cancellata", RegistrationStatus.CANCELLED),
            Map.entry("attended", RegistrationStatus.ATTENDED), Map.entry("checkedin", RegistrationStatus.ATTENDED),
            Map.entry("presente", RegistrationStatus.ATTENDED), Map.entry("noshow", RegistrationStatus.NO_SHOW),
            Map.entry("absent", RegistrationStatus.NO_SHOW), Map.entry("assente", RegistrationStatus.NO_SHOW));
    private static final Pattern UNITS = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(h|hr|hrs|hours?|ore|ora|m|min|mins|minutes?|minut[io]|s|sec|secs|seconds?|second[io])\\b");
    private static final Pattern CLOCK = Pattern.compile("^(\\d{1,3}):(\\d{2}):(\\d{2})$");
    private static final Pattern NUMBER = Pattern.compile("^\\d+(?:[.,]\\d+)?$");
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "di", "da", "del", "della",
            "dei", "degli", "dal", "dalla", "van", "von", "der", "den", "la", "le", "lo", "du", "dos", "das", "do", "y", "bin", "ibn");

    private Values() {
    }

    /** The word or letter stripped to compare: lower case, letters and digits only. */
    private static String key(String text) {
        return HeaderNames.normalise(text).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static Optional<Boolean> yesNo(String text) {
        Boolean plain = YES_NO.get(text.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(plain != null ? plain : YES_NO.get(key(text)));
    }

    static Optional<RegistrationStatus> status(String text) {
        RegistrationStatus plain = STATUSES.get(text.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(plain != null ? plain : STATUSES.get(key(text)));
    }

    /** A time in a session: a number of minutes, units such as "1h 2m 3s", or h:mm:ss. */
    static Optional<Duration> duration(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (NUMBER.matcher(value).matches()) {
            double minutes = Double.parseDouble(value.replace(',', '.'));
            return Optional.of(Duration.ofSeconds(Math.round(minutes * 60)));
        }
        Matcher clock = CLOCK.matcher(value);
        if (clock.matches()) {
            return Optional.of(Duration.ofHours(Long.parseLong(clock.group(1)))
                    .plusMinutes(Long.parseLong(clock.group(2))).plusSeconds(Long.parseLong(clock.group(3))));
        }
        Matcher units = UNITS.matcher(value);
        Duration total = Duration.ZERO;
        int end = 0;
        boolean any = false;
        while (units.find()) {
            if (!value.substring(end, units.start()).isBlank()) {
                return Optional.empty();
            }
            double amount = Double.parseDouble(units.group(1).replace(',', '.'));
            char unit = units.group(2).charAt(0);
            long seconds = Math.round(amount * (unit == 'h' || unit == 'o' ? 3600 : unit == 'm' ? 60 : 1));
            total = total.plusSeconds(seconds);
            end = units.end();
            any = true;
        }
        return any && value.substring(end).isBlank() ? Optional.of(total) : Optional.empty();
    }

    /**
     * A whole name split in two: "Rossi, Anna" has the family name first; otherwise the last
     * word is the family name, with particles such as "de la" or "Di" kept with it.
     */
    static String[] splitName(String fullName) {
        String name = fullName.strip().replaceAll("\\s+", " ");
        int comma = name.indexOf(',');
        if (comma > 0 && name.indexOf(',', comma + 1) < 0) {
            return new String[] {name.substring(comma + 1).strip(), name.substring(0, comma).strip()};
        }
        String[] words = name.split(" ");
        if (words.length < 2) {
            return new String[] {name, ""};
        }
        int last = words.length - 1;
        while (last > 1 && PARTICLES.contains(words[last - 1].toLowerCase(Locale.ROOT))) {
            last--;
        }
        return new String[] {String.join(" ", java.util.Arrays.copyOfRange(words, 0, last)),
            String.join(" ", java.util.Arrays.copyOfRange(words, last, words.length))};
    }
}
