package org.podium;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import org.podium.app.Podium;

/** The one entry point: no arguments open the window, a command runs on the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Piped output (scripts, JSON) is UTF-8 so names like Gdańsk survive whatever the locale says.
        Charset console = System.console() != null ? System.console().charset() : java.nio.charset.StandardCharsets.UTF_8;
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, console), true);
        int code = new Podium(Clock.systemDefaultZone()).run(out, err, args);
        System.exit(code);
    }
}
