package org.podium.service.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.podium.store.Database;

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

    /** The book format (schema version) this build writes. */
    public static int bookFormat() {
        return Database.SCHEMA_VERSION;
    }

    /** The version of the SQLite library this build opens laptop books with. */
    public static String sqliteVersion() {
        return Database.sqliteLibraryVersion();
    }
}
