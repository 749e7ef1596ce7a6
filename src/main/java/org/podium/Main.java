package org.podium;

import org.podium.app.Podium;

/** The one entry point: no arguments open the window, a command runs on the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Podium.runOnConsole(args));
    }
}
