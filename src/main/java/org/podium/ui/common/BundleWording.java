package org.podium.ui.common;

import java.util.Locale;
import org.podium.service.common.Wording;

/** The window's language as the services' {@link Wording}, so printed sheets speak it too. */
public final class BundleWording implements Wording {
    @Override
    public Locale locale() {
        return Messages.locale();
    }

    @Override
    public String get(String key, Object... args) {
        return Messages.get(key, args);
    }
}
