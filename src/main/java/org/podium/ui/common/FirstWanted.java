package org.podium.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/**
 * Builds a part of a screen the first time it is wanted rather than with the screen: a hidden
 * node is still styled and skinned, and the window's first frame and a tab's opening should
 * not pay for what nobody has asked to see yet.
 */
public final class FirstWanted {
    private FirstWanted() {
    }

    /** Runs {@code build} now if {@code wanted} holds, else once, the first time it comes to hold. */
    public static void build(ObservableBooleanValue wanted, Runnable build) {
        if (wanted.get()) {
            build.run();
            return;
        }
        wanted.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (now) {
                    wanted.removeListener(this);
                    build.run();
                }
            }
        });
    }
}
