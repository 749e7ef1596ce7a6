package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs on both kinds of book: the store's contract is the same on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class BookSettingStoreTest {
    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    BookFixture book;

    @BeforeEach
    void open() {
        book = new BookFixture(dir, engine);
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void anUnsetSettingIsEmpty() {
        assertThat(book.settings.get("sample.offered")).isEmpty();
    }

    @Test
    void aSettingIsKeptInTheBookAndCanBeChanged() {
        book.settings.put("sample.offered", "yes");
        book.settings.put("language", "it");
        book.reopen();

        assertThat(book.settings.get("sample.offered")).contains("yes");

        book.settings.put("sample.offered", "no");
        book.reopen();

        assertThat(book.settings.get("sample.offered")).contains("no");
        assertThat(book.settings.get("language")).contains("it");
    }
}
