package org.podium.service.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserGuideTest {
    @TempDir
    Path dir;

    @Test
    void theGuideIsUnpackedInBothLanguagesAndCoversTheCoordinatorsTasks() throws Exception {
        Path english = UserGuide.unpack(dir, Locale.ENGLISH);
        Path italian = UserGuide.unpack(dir, Locale.ITALIAN);

        assertThat(english).isEqualTo(dir.resolve("en/index.html"));
        assertThat(italian).isEqualTo(dir.resolve("it/index.html"));
        assertThat(dir.resolve("guide.css")).isRegularFile();
        for (Path page : new Path[] {english, italian}) {
            String html = Files.readString(page);
            assertThat(html).contains("<svg", "../guide.css");
            for (String section : new String[] {"schedule", "panel", "import", "attendance", "export", "privacy",
                "backups"}) {
                assertThat(html).contains("id=\"" + section + "\"");
            }
        }
        assertThat(Files.readString(english)).contains("Seat the panel", "Record attendance");
        assertThat(Files.readString(italian)).contains("lang=\"it\"", "Registrare le presenze");
    }

    @Test
    void theWindowEveryFigureDrawsIsUnpackedBesideTheStyleSheetAndTheTabsItUsesAreInEachPage() throws Exception {
        Path english = UserGuide.unpack(dir, Locale.ENGLISH);

        assertThat(Files.readString(dir.resolve("guide.css"))).contains("url(window.svg)");
        assertThat(Files.readString(dir.resolve("window.svg"))).startsWith("<svg").contains("</svg>");
        for (Path page : new Path[] {english, dir.resolve("it/index.html")}) {
            String html = Files.readString(page);
            assertThat(html).contains("<g id=\"tabs\">");
            assertThat(html.split("<svg class=\"window\"", -1)).hasSize(6);
            assertThat(html.split("<use href=\"#tabs\"/>", -1)).hasSize(6);
        }
    }
}
