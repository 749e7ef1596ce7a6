package org.podium.ui.common;

import java.util.Collection;
import java.util.Locale;
import java.util.function.Consumer;
import org.podium.domain.Organisation;
import org.podium.domain.OrganisationKind;
import org.podium.service.directory.DirectoryService;

/**
 * "Add ‘Name’ as a new organisation…", shared by every organisation picker: whether a typed
 * name is one the directory lacks, and the adding itself, off the FX thread, refused when blank.
 */
public final class NewOrganisation {
    /** What the small form asks for a new organisation; only the name is required. */
    public record Draft(String name, String shortName, OrganisationKind kind, String city, String country) {
        public Draft {
            name = clean(name);
            shortName = clean(shortName);
            city = clean(city);
            country = clean(country);
        }

        /** Just a name, as typed in a picker. */
        public static Draft named(String name, OrganisationKind kind) {
            return new Draft(name, "", kind, "", "");
        }

        private static String clean(String text) {
            return text == null ? "" : text.strip().replaceAll("\\s+", " ");
        }
    }

    private NewOrganisation() {
    }

    /** True when {@code typed} is not blank and is neither the name nor the short name of one {@code known}. */
    public static boolean isUnknown(String typed, Collection<Organisation> known) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return !wanted.isEmpty() && known.stream().noneMatch(o -> o.name().toLowerCase(Locale.ROOT).equals(wanted)
                || o.shortName().toLowerCase(Locale.ROOT).equals(wanted));
    }

    /**
     * Adds the organisation to the directory through the runner and hands it, as stored, to
     * {@code onAdded}; a failure (a name already taken, say) is shown. Returns false, storing
     * nothing, when the name is blank.
     */
    public static boolean add(Draft draft, DirectoryService directory, TaskRunner runner, DialogService dialogs,
                              Consumer<Organisation> onAdded) {
        if (draft == null || draft.name().isEmpty()) {
            return false;
        }
        runner.run(Messages.get("form.addingOrganisation"), progress -> directory.addOrganisation(new Organisation(0,
                draft.name(), draft.shortName(), draft.kind(), draft.city(), draft.country())), onAdded,
                failure -> dialogs.showError(Messages.get("form.organisationFailed"), Messages.reason(failure)));
        return true;
    }
}
