package org.podium.service.events;

import org.podium.service.common.NotFoundException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.podium.domain.Event;
import org.podium.domain.Person;
import org.podium.store.Stores;

/**
 * The trash: events and people deleted in the window or on the command line wait there, whole,
 * until they are restored or the trash is emptied (which deletes them for good).
 */
public final class TrashService {
    /** What kind of record an item of the trash is. */
    public enum Kind {
        EVENT, PERSON
    }

    /** One record in the trash, with when it went there. */
    public record Item(Kind kind, long id, String name, Instant trashedAt) {
    }

    /** What emptying the trash deleted. */
    public record Emptied(int events, int people) {
    }

    private final Stores stores;

    public TrashService(Stores stores) {
        this.stores = stores;
    }

    /** Everything in the trash, most recently deleted first. */
    public List<Item> list() {
        List<Item> items = new ArrayList<>();
        Map<Long, Instant> eventTimes = stores.events().trashedAt();
        for (Event e : stores.events().trash()) {
            items.add(new Item(Kind.EVENT, e.id(), e.title(), eventTimes.get(e.id())));
        }
        Map<Long, Instant> personTimes = stores.people().trashedAt();
        for (Person p : stores.people().trash()) {
            items.add(new Item(Kind.PERSON, p.id(), p.fullName(), personTimes.get(p.id())));
        }
        items.sort(Comparator.comparing(Item::trashedAt).reversed().thenComparing(Item::name));
        return items;
    }

    /** Moves a person to the trash, seats and agenda places kept for a restore; returns them. */
    public Person movePersonToTrash(long id) {
        return stores.events().inTransaction(() -> {
            Person person = stores.people().find(id)
                    .orElseThrow(() -> new NotFoundException("There is no person " + id + "."));
            stores.people().moveToTrash(id, stores.clock().instant());
            return person;
        });
    }

    /** Brings one item back as it was; returns its name. */
    public String restore(Kind kind, long id) {
        Item item = list().stream().filter(i -> i.kind() == kind && i.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no " + (kind == Kind.EVENT ? "event " : "person ")
                        + id + " in the trash."));
        boolean restored = kind == Kind.EVENT ? stores.events().restoreFromTrash(id)
                : stores.people().restoreFromTrash(id);
        if (!restored) {
            throw new NotFoundException("There is no " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id
                    + " in the trash.");
        }
        return item.name();
    }

    /** Deletes everything in the trash for good, in one transaction. */
    public Emptied empty() {
        return stores.events().inTransaction(() -> {
            int e = 0;
            for (Event event : stores.events().trash()) {
                e += stores.events().delete(event.id()) ? 1 : 0;
            }
            int p = 0;
            for (Person person : stores.people().trash()) {
                p += stores.people().delete(person.id()) ? 1 : 0;
            }
            return new Emptied(e, p);
        });
    }
}
