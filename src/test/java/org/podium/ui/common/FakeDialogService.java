package org.podium.ui.common;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;

/** A dialog service for tests: records what was shown and answers questions as told. */
public final class FakeDialogService implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    private boolean answer;
    private Path saveTo;
    private Path openFile;
    public final List<String> confirmations = new ArrayList<>();
    private LocalDateTime dateTime;
    /** The "Save changes to …?" questions asked, each "title: message". */
    public final List<String> saveQuestions = new ArrayList<>();
    private SaveChoice saveChoice = SaveChoice.DISCARD;

    /** The file the fake "user" picks in a save dialog; none means they cancel. */
    public FakeDialogService savingTo(Path file) {
        this.saveTo = file;
        return this;
    }

    /** The file the fake "user" picks in an open dialog; none means they cancel. */
    public FakeDialogService opening(Path file) {
        this.openFile = file;
        return this;
    }

    /** The date and time the fake "user" types when asked; none means they cancel. */
    public FakeDialogService typingDateTime(LocalDateTime value) {
        this.dateTime = value;
        return this;
    }

    /** What the fake "user" answers to "Save changes to …?"; Discard unless told. */
    public FakeDialogService answeringSave(SaveChoice choice) {
        this.saveChoice = choice;
        return this;
    }

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
        confirmations.add(title + ": " + message);
        return answer;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String kind, String extension) {
        questions.add(title + " [" + suggestedName + "]");
        return Optional.ofNullable(saveTo);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String kind, String... extensions) {
        questions.add(title);
        return Optional.ofNullable(openFile);
    }

    @Override
    public Optional<LocalDateTime> askDateTime(String title, String message, LocalDateTime suggested) {
        questions.add(title + " [" + suggested + "]");
        return Optional.ofNullable(dateTime);
    }

    @Override
    public SaveChoice askToSave(String title, String message) {
        saveQuestions.add(title + ": " + message);
        return saveChoice;
    }
}
