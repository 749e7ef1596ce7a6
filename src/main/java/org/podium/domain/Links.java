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
    private Links() {
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
