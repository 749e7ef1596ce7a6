package org.podium.domain;

import java.util.Objects;

/** A named run of events, such as a funded project's webinar series. */
public record Series(long id, String name, String description, String funder, String webPage) {
    public Series {
        name = Text.required(name, "name");
        description = Text.clean(description);
        funder = Text.clean(funder);
        webPage = Links.completed(webPage);
    }

    public Series withId(long newId) {
        return new Series(newId, name, description, funder, webPage);
    }

    public static Series named(String name) {
        return new Series(0, Objects.requireNonNull(name), "", "", "");
    }
}
