package org.podium.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** The window's own stylesheet parses without errors: a missing brace silently drops every rule after it. */
class StylesheetTest {
    @Test
    void podiumCssHasNoParseErrors() throws Exception {
        URL css = getClass().getResource("/org/podium/ui/podium.css");
        assertThat(css).isNotNull();
        CssParser.errorsProperty().clear();

        new CssParser().parse(css);

        assertThat(CssParser.errorsProperty()).isEmpty();
    }
}
