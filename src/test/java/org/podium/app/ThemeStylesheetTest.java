package org.podium.app;

import java.net.URL;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeStylesheetTest {
    @Test
    void theWindowReadsTheThemeTheBuildCompiledAndItHoldsEveryRuleOfAtlantaFxs() throws Exception {
        for (String shipped : new String[] {new PrimerLight().getUserAgentStylesheet(),
                new PrimerDark().getUserAgentStylesheet()}) {
            String used = PodiumWindow.theme(shipped);
            assertThat(used).endsWith(shipped.substring(shipped.lastIndexOf('/') + 1).replace(".css", ".bss"));
            Stylesheet compiled = Stylesheet.loadBinary(new URL(used));
            Stylesheet parsed = new CssParser().parse(getClass().getResource(shipped));
            assertThat(compiled.getRules()).hasSameSizeAs(parsed.getRules());
            assertThat(compiled.getRules().get(0).getSelectors()).isEqualTo(parsed.getRules().get(0).getSelectors());
        }
    }

    @Test
    void aStylesheetTheBuildDidNotCompileIsUsedAsItIs() {
        assertThat(PodiumWindow.theme("/atlantafx/base/theme/cupertino-light.css"))
                .isEqualTo("/atlantafx/base/theme/cupertino-light.css");
    }
}
