package org.podium.ui.common;

import java.util.ArrayList;
import java.util.List;

/** A dialog service for tests: records what was shown and answers questions as told. */
public final class FakeDialogService implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    private boolean answer;

    public FakeDialogService answering(boolean yes) {
        this.answer = yes;
        return this;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        questions.add(title);
        return answer;
    }
}
