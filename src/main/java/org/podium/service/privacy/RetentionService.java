package org.podium.service.privacy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.Series;
import org.podium.store.PrivacyStore.EventRef;
import org.podium.store.Stores;

/**
 * Retention: registrants of events that ended more than so many months ago are anonymised
 * (their address and names gone, their status and minutes kept for statistics). A series may
 * set its own months; other events follow the book-wide rule, if there is one. The preview
 * and the application are one computation, so what is shown is exactly what is done.
 */
public final class RetentionService {
    static final String BOOK_MONTHS = "retention.months";

    private final Stores stores;

    public RetentionService(Stores stores) {
        this.stores = stores;
    }

    /** The months for the whole book and for each series that sets its own. */
    public record Rules(Optional<Integer> bookMonths, Map<Long, Integer> seriesMonths) {
        public Rules {
            seriesMonths = Map.copyOf(seriesMonths);
        }

        /** The rule for an event of this series (null for none): its own, else the book's. */
        public Optional<Integer> monthsFor(Long seriesId) {
            Integer own = seriesId == null ? null : seriesMonths.get(seriesId);
            return own != null ? Optional.of(own) : bookMonths;
        }

        /** The same series rules with another book-wide rule, as {@code privacy retention --months} uses. */
        public Rules withBookMonths(int months) {
            return new Rules(Optional.of(checkedMonths(months)), seriesMonths);
        }
    }

    /** One event whose registrants the rule anonymises, and how many of them. */
    public record Line(long eventId, String title, boolean inTrash, String series, Instant end, int months,
                       long registrants) {
    }

    /** The rules stored in the book. */
    public Rules rules() {
        Optional<Integer> book = stores.settings().get(BOOK_MONTHS).filter(v -> !v.isBlank()).map(Integer::valueOf);
        return new Rules(book, stores.privacy().seriesRetention());
    }

    /** Stores the book-wide months, or (with null) removes the book-wide rule. */
    public void setBookMonths(Integer months) {
        if (months == null) {
            stores.settings().put(BOOK_MONTHS, "");
            return;
        }
        stores.settings().put(BOOK_MONTHS, String.valueOf(checkedMonths(months)));
    }

    /** Stores a series' own months, or (with null) lets it follow the book-wide rule. */
    public void setSeriesMonths(long seriesId, Integer months) {
        stores.privacy().setSeriesRetention(seriesId, months == null ? null : checkedMonths(months));
    }

    /** What applying the rules now would anonymise, event by event; nothing is changed. */
    public List<Line> preview(Rules rules) {
        return due(rules);
    }

    /** Anonymises what {@link #preview} lists, in one transaction; returns what was done. */
    public List<Line> apply(Rules rules) {
        return stores.events().inTransaction(() -> {
            List<Line> lines = due(rules);
            for (Line line : lines) {
                stores.privacy().anonymise(line.eventId());
            }
            return lines;
        });
    }

    private List<Line> due(Rules rules) {
        Instant now = stores.clock().instant();
        Map<Long, String> seriesNames = stores.series().all().stream()
                .collect(Collectors.toMap(Series::id, Series::name));
        List<Line> lines = new ArrayList<>();
        for (EventRef e : stores.privacy().events().values()) {
            Optional<Integer> months = rules.monthsFor(e.seriesId());
            if (months.isEmpty()) {
                continue;
            }
            Instant cutoff = now.atOffset(ZoneOffset.UTC).minusMonths(months.get()).toInstant();
            if (!e.end().isBefore(cutoff)) {
                continue;
            }
            long registrants = stores.privacy().identifiableRegistrants(e.id());
            if (registrants > 0) {
                lines.add(new Line(e.id(), e.title(), e.inTrash(),
                        e.seriesId() == null ? "" : seriesNames.getOrDefault(e.seriesId(), ""), e.end(),
                        months.get(), registrants));
            }
        }
        return lines;
    }

    static int checkedMonths(int months) {
        if (months < 1 || months > 1200) {
            throw new InvalidFieldException("months", "invalid.months", months);
        }
        return months;
    }

    /** Series by id, for naming them in a rules list. */
    public Map<Long, Series> series() {
        return stores.series().all().stream().collect(Collectors.toMap(Series::id, Function.identity()));
    }
}
