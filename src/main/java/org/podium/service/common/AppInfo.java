package org.podium.service.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about this build of Podium, such as its version, read from the packaged resources. */
public final class AppInfo {
    private AppInfo() {
    }

    /** The version from the pom, or "dev" when running from unprocessed sources. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/org/podium/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "dev";
        }
        String v = p.getProperty("version", "dev");
        return v.startsWith("${") ? "dev" : v;
    }
}
