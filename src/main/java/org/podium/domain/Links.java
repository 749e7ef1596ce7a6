package org.podium.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The rule for an event's links (registration, access, recording, report): an absolute web
 * address that a browser opens as it is, because registrants click it from an email or a
 * calendar entry where "www.example.org" would not be recognised as a link.
 */
public final class Links {
    // A site name with at least one dot (and an optional port) before any path: what people
    // paste from an address bar without its scheme, such as eea.iom.int/events/x.
    private static final java.util.regex.Pattern BARE_SITE = java.util.regex.Pattern.compile(
            "^[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+(:\\d{1,5})?([/?#]\\S*)?$");

    private Links() {
    }

    /**
     * The link as it should be stored: a site typed without a scheme ({@code eea.iom.int/x})
     * gets {@code https://} in front; anything else (empty, already with a scheme, or not a
     * site at all, which {@link #isWebAddress} then refuses) is returned cleaned but unchanged.
     */
    public static String completed(String text) {
        String link = Text.clean(text);
        if (link.isEmpty() || link.contains("://") || !BARE_SITE.matcher(link).matches()) {
            return link;
        }
        return "https://" + link;
    }

    /** Whether the text is absent (empty) or an absolute http or https address with a host. */
    public static boolean isWebAddress(String text) {
        String link = Text.clean(text);
        if (link.isEmpty()) {
            return true;
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return false;
        }
        return !host(uri).isEmpty();
    }

    // URI leaves the host null for names it cannot parse as a server (an accented IDN such as
    // città.it, an underscore), yet browsers open those; the authority still names the site.
    private static String host(URI uri) {
        if (uri.getHost() != null) {
            return uri.getHost();
        }
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return "";
        }
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostAndPort.lastIndexOf(':');
        return (colon < 0 ? hostAndPort : hostAndPort.substring(0, colon)).strip();
    }
}
