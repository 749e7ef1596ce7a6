package org.podium.ui.common;

/**
 * Every alert and question the window puts to the user goes through here, so view models can
 * be tested with a fake that answers for the user.
 */
public interface DialogService {
    void showError(String title, String message);

    void showInformation(String title, String message);

    /** Asks a yes/no question; true if the user chose {@code yes}. */
    boolean confirm(String title, String message, String yes, String no);
}
