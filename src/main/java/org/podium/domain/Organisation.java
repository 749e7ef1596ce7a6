package org.podium.domain;

/** An office, institute, city or funder that takes part in events. */
public record Organisation(long id, String name, String shortName, OrganisationKind kind,
                           String city, String country) {
    public Organisation {
        name = Text.required(name, "name");
        shortName = Text.clean(shortName);
        kind = kind == null ? OrganisationKind.OTHER : kind;
        city = Text.clean(city);
        country = Text.clean(country);
    }

    public Organisation withId(long newId) {
        return new Organisation(newId, name, shortName, kind, city, country);
    }

    /** The short name where there is one, as a list or a cue sheet shows it. */
    public String displayName() {
        return shortName.isEmpty() ? name : shortName;
    }
}
