package org.podium.exchange.ics;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Map;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.TimeZoneUpdater;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ical4j never goes to the network for time zones: the ical4j.properties Podium ships turns
 * updates off, and it wins over a system property that would turn them on.
 */
class Ical4jOfflineTest {
    private static final String PREFIX = "net.fortuna.ical4j.timezone.update.";

    @Test
    void zoneUpdatesAreOffEvenWhenASystemPropertyAsksForThem() throws Exception {
        // A local server stands in for tzurl.org: with updates on, loading a zone asks it for
        // /zoneinfo/<zone> (checked by hand against this same setup without the properties file).
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            Map<String, String> properties = Map.of(PREFIX + "enabled", "true", PREFIX + "scheme", "http",
                    PREFIX + "host", "127.0.0.1", PREFIX + "port", String.valueOf(server.getLocalPort()),
                    PREFIX + "timeout.connect", "1000", PREFIX + "timeout.read", "1000");
            properties.forEach(System::setProperty);
            try {
                assertThat(new TimeZoneUpdater().isEnabled()).isFalse();
                // A zone no other test loads, so ical4j's cache cannot hide a fetch.
                assertThat(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone("Pacific/Chatham"))
                        .isNotNull();
                assertThat(connectionTo(server)).as("ical4j connected to the update server").isFalse();
            } finally {
                properties.keySet().forEach(System::clearProperty);
            }
        }
    }

    private static boolean connectionTo(ServerSocket server) throws IOException {
        try (Socket ignored = server.accept()) {
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }
}
