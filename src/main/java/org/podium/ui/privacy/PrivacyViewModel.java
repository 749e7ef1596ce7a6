package org.podium.ui.privacy;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.podium.domain.Emails;
import org.podium.service.privacy.PrivacyService;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.DialogTasks;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;

/**
 * The Privacy dialog: type an address, see what the book holds about it, save that as JSON (a
 * subject-access request) or erase it after a confirmation that lists everything that will go.
 */
public final class PrivacyViewModel {
    private final PrivacyService privacy;
    private final DialogService dialogs;
    private final DialogTasks tasks;
    private final boolean readOnly;
    private final StringProperty email = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper held = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;

    /** @param changed run after an erasure, so the window's lists reload */
    public PrivacyViewModel(PrivacyService privacy, TaskRunner runner, DialogService dialogs, Notifier notifier,
                            Runnable changed, boolean readOnly) {
        this.privacy = privacy;
        this.dialogs = dialogs;
        this.tasks = new DialogTasks("privacy.failed", runner, dialogs, notifier, changed);
        this.readOnly = readOnly;
        this.valid = Bindings.createBooleanBinding(() -> Emails.normalise(email.get()).contains("@"), email);
        email.addListener((obs, old, now) -> held.set(""));
    }

    /** Shows what the book holds about the address. */
    public void lookUp() {
        if (!valid.get()) {
            return;
        }
        tasks.run(Messages.get("privacy.looking"), progress -> privacy.plan(email.get()), plan -> held.set(describe(plan)));
    }

    /** Saves everything held about the address as a JSON file the coordinator picks. */
    public void exportData() {
        if (!valid.get()) {
            return;
        }
        String address = Emails.normalise(email.get());
        dialogs.chooseSaveFile(Messages.get("privacy.export.title"), address + ".json",
                Messages.get("privacy.export.kind"), "json").ifPresent(file -> tasks.run(
                Messages.get("privacy.exporting"), progress -> privacy.exportSubjectAccess(address, file),
                data -> tasks.tell(Messages.get("privacy.exported", address, file))));
    }

    /** Lists what will go, asks, then erases the address from the whole book. */
    public void erase() {
        if (!valid.get() || readOnly) {
            return;
        }
        tasks.run(Messages.get("privacy.looking"), progress -> privacy.plan(email.get()), plan -> {
            held.set(describe(plan));
            if (!dialogs.confirm(Messages.get("privacy.erase.title", plan.email()), Messages.get("privacy.erase.message",
                    plan.email(), describe(plan)), Messages.get("privacy.erase.yes"), Messages.get("common.cancel"))) {
                return;
            }
            tasks.change(Messages.get("privacy.erasing"), progress -> privacy.erase(plan.email()),
                    done -> Messages.get("privacy.erased", done.email(), done.registrations(), done.people()),
                    done -> held.set(Messages.get("privacy.erasedHeld", done.email())));
        });
    }

    /** The plan as lines a coordinator reads before saying yes. */
    static String describe(PrivacyService.ErasurePlan plan) {
        List<String> lines = new ArrayList<>();
        for (PrivacyService.EventLine e : plan.registrations()) {
            lines.add("• " + Messages.get(e.inTrash() ? "privacy.held.registrationInTrash" : "privacy.held.registration",
                    e.title()));
        }
        plan.person().ifPresent(p -> lines.add("• " + Messages.get("privacy.held.person", p.fullName())));
        for (PrivacyService.EventLine e : plan.seats()) {
            lines.add("• " + Messages.get("privacy.held.seat", e.title()));
        }
        for (String item : plan.agendaItems()) {
            lines.add("• " + Messages.get("privacy.held.speaker", item));
        }
        if (plan.otherMentions() > 0) {
            lines.add("• " + Messages.get("privacy.held.mentions", plan.otherMentions()));
        }
        if (plan.holdsNothing()) {
            lines.add(Messages.get("privacy.held.nothing", plan.email()));
        }
        if (plan.alreadySuppressed()) {
            lines.add(Messages.get("privacy.held.suppressed"));
        }
        return String.join("\n", lines);
    }

    public StringProperty emailProperty() {
        return email;
    }

    /** What the last look-up found, as lines; empty before one. */
    public ReadOnlyStringProperty heldProperty() {
        return held.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public boolean readOnly() {
        return readOnly;
    }
}
