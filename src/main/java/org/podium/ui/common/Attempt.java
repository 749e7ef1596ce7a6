package org.podium.ui.common;

/**
 * What becomes of the values a form handed over when its button was pressed: taken, and the
 * form closes; or refused, and the form stays open with everything as typed, saying why.
 */
public interface Attempt {
    void taken();

    void refused(String why);
}
