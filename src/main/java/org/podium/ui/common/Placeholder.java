package org.podium.ui.common;

/**
 * What an empty list says, by why it is empty: still loading, a search or filter that matches
 * nothing ("No events match ‘x’"), or nothing there at all (with how to add some). Saying
 * "No events yet" while loading, or while a search hides them, sends the user the wrong way.
 */
public final class Placeholder {
    private Placeholder() {
    }

    /**
     * The text for a list: {@code loading} while it is read; with a search, the {@code noMatchKey}
     * message naming it; with only a filter, {@code filteredKey}; otherwise {@code emptyKey}.
     */
    public static String text(boolean loading, String loadingText, String search, boolean filtered,
                              String noMatchKey, String filteredKey, String emptyKey) {
        if (loading) {
            return loadingText;
        }
        if (search != null && !search.isBlank()) {
            return Messages.get(noMatchKey, search.strip());
        }
        return Messages.get(filtered ? filteredKey : emptyKey);
    }
}
