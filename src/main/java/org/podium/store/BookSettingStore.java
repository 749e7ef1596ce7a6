package org.podium.store;

import java.util.Optional;

/** Facts kept inside the book itself, such as whether its first start offered the sample. */
public final class BookSettingStore {
    private final BookDatabase db;

    public BookSettingStore(BookDatabase db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.read(c -> Sql.one(c, "SELECT value FROM book_setting WHERE key=?", rs -> rs.getString(1), key));
    }

    public void put(String key, String value) {
        db.write(c -> Sql.update(c, "INSERT INTO book_setting(key, value) VALUES (?,?)"
                + " ON CONFLICT(key) DO UPDATE SET value=excluded.value", key, value));
    }
}
