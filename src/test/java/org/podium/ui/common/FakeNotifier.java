package org.podium.ui.common;

import java.util.ArrayList;
import java.util.List;

/** A notifier for tests: keeps the messages and the last undo on offer. */
public final class FakeNotifier implements Notifier {
    public final List<String> messages = new ArrayList<>();
    public Runnable undo;

    @Override
    public void notify(String message) {
        messages.add(message);
        undo = null;
    }

    @Override
    public void offerUndo(String message, Runnable action) {
        messages.add(message);
        undo = action;
    }
}
