package org.podium.exchange.csv;

/** Which comes first in a file's dates written with slashes or dots, such as 03/04/2026. */
public enum DateOrder {
    DAY_FIRST, MONTH_FIRST
}
