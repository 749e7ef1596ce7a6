package org.podium.domain;

import java.util.Optional;

/** The seventeen United Nations Sustainable Development Goals an event may support. */
public enum Sdg {
    NO_POVERTY, ZERO_HUNGER, GOOD_HEALTH, QUALITY_EDUCATION, GENDER_EQUALITY, CLEAN_WATER,
    CLEAN_ENERGY, DECENT_WORK, INDUSTRY_INNOVATION, REDUCED_INEQUALITIES, SUSTAINABLE_CITIES,
    RESPONSIBLE_CONSUMPTION, CLIMATE_ACTION, LIFE_BELOW_WATER, LIFE_ON_LAND, PEACE_JUSTICE,
    PARTNERSHIPS;

    /** The goal's official number, 1 to 17. */
    public int number() {
        return ordinal() + 1;
    }

    public static Optional<Sdg> ofNumber(int number) {
        return number >= 1 && number <= 17 ? Optional.of(values()[number - 1]) : Optional.empty();
    }
}
