package org.podium.service.privacy;

import org.podium.service.common.FileReadException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.podium.domain.Emails;
import org.podium.domain.Phrase;
import org.podium.domain.Suppression;
import org.podium.exchange.csv.CsvReadException;
import org.podium.exchange.csv.UnsubscribeFileReader;
import org.podium.store.Stores;

/**
 * The book's suppression list, as the Suppression screen and {@code suppression …} keep it:
 * addresses that unsubscribed or asked to be erased, never exported again.
 */
public final class SuppressionService {
    private static final Pattern NAMED_ADDRESS = Pattern.compile(
            "(?m)(?:^|(?<=[,;]))(?:\\s*\"[^\"@]*\"|[^<>,;@\\n\"]*)\\s*<([^<>\\s]+@[^<>\\s]+)>");
    private final Stores stores;

    public SuppressionService(Stores stores) {
        this.stores = stores;
    }

    /** What adding addresses did: which were new, which were already there, which were not addresses. */
    public record AddResult(List<String> added, List<String> alreadySuppressed, List<String> invalid) {
    }

    /** A line of an unsubscribe file that could not be used, with why, to be said in the reader's language. */
    public record LineProblem(long line, Phrase text) {
    }

    /**
     * What importing an unsubscribe file did. {@code guessedEncoding} names the encoding a file
     * that is not UTF-8 was read in ("Windows-1252"), for the user to check as after any import;
     * it is empty when the file was UTF-8 or said what it was.
     */
    public record FileResult(String emailColumn, int added, int alreadySuppressed, List<LineProblem> problems,
                             String guessedEncoding) {
    }

    /** Every suppressed address, alphabetically. */
    public List<Suppression> list() {
        return stores.suppressions().all();
    }

    public boolean isSuppressed(String email) {
        return stores.suppressions().contains(email);
    }

    /**
     * Adds every address found in pasted text, split on white space, commas and semicolons;
     * a display name before an address in angle brackets ("Ana Rossi &lt;ana@x.org&gt;") and
     * quotes around an address are dropped. Words that are not addresses are reported, not added.
     */
    public AddResult add(String text, String reason) {
        Set<String> candidates = new LinkedHashSet<>();
        List<String> invalid = new ArrayList<>();
        // "Ana Rossi <ana@x.org>" and "\"Rossi, Ana\" <ana@x.org>", as mail programs copy them: the address alone.
        String addresses = NAMED_ADDRESS.matcher(text).replaceAll(" $1 ");
        for (String token : addresses.split("[\\s,;]+")) {
            String address = token.replaceAll("^[<\"'(\\[]+|[>\"')\\]]+$", "");
            if (address.isEmpty()) {
                continue;
            }
            if (Emails.isValid(Emails.clean(address))) {
                candidates.add(Emails.normalise(address));
            } else {
                invalid.add(token);
            }
        }
        return add(candidates, reason, invalid);
    }

    private AddResult add(Set<String> addresses, String reason, List<String> invalid) {
        Instant now = stores.clock().instant();
        List<Suppression> entries = addresses.stream().map(a -> new Suppression(a, reason, now)).toList();
        List<String> added = stores.suppressions().addAll(entries);
        List<String> already = addresses.stream().filter(a -> !added.contains(a)).toList();
        return new AddResult(added, already, invalid);
    }

    /** Removes addresses from the list and returns the entries removed, so the removal can be undone. */
    public List<Suppression> remove(List<String> emails) {
        List<Suppression> removed = new ArrayList<>();
        for (String email : emails) {
            Optional<Suppression> entry = stores.suppressions().find(email);
            if (entry.isPresent() && stores.suppressions().remove(email)) {
                removed.add(entry.get());
            }
        }
        return removed;
    }

    /** Puts removed entries back as they were, with their reason and date. */
    public void restore(List<Suppression> entries) {
        stores.suppressions().addAll(entries);
    }

    /**
     * Imports the unsubscribe file a mailing tool exported: every valid address in its address
     * column is suppressed with {@code reason}, followed by the tool's own reason when the file
     * gives one. Lines without a usable address are reported with their line number.
     *
     * @throws FileReadException when the file cannot be read or has no address column
     */
    public FileResult importFile(Path file, String reason) {
        UnsubscribeFileReader.Result read;
        try {
            read = UnsubscribeFileReader.read(file);
        } catch (NoSuchFileException e) {
            throw new FileReadException("Cannot read " + file + ": there is no such file.", e);
        } catch (AccessDeniedException e) {
            throw new FileReadException("Cannot read " + file + ": permission denied.", e);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            throw new FileReadException(message.startsWith(file.toString()) ? message
                    : "Cannot read " + file + ": " + message, e);
        } catch (CsvReadException e) {
            throw new FileReadException(e.problem().phrase(), e);
        }
        Instant now = stores.clock().instant();
        Map<String, Suppression> entries = new LinkedHashMap<>();
        for (UnsubscribeFileReader.Entry e : read.entries()) {
            String why = e.reason().isEmpty() ? reason : reason + ": " + e.reason();
            entries.putIfAbsent(Emails.normalise(e.email()), new Suppression(e.email(), why, now));
        }
        int added = stores.suppressions().addAll(entries.values()).size();
        List<LineProblem> problems = read.problems().stream().map(p -> new LineProblem(p.line(), p.text())).toList();
        return new FileResult(read.emailColumn(), added, entries.size() - added, problems, read.encoding().hasNotice() ? read.encoding().charsetName() : "");
    }
}
