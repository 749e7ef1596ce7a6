package org.podium.exchange.csv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** OWASP's CSV-injection rule: which cells a spreadsheet could run, and how they are defused. */
class FormulaGuardTest {
    @Test
    void cellsStartingWithAFormulaCharacterTabOrCarriageReturnAreDangerous() {
        for (String cell : new String[] {"=1+1", "+39 06 1234", "-5", "@SUM(A1:A2)", "\tx", "\r=1",
            "=HYPERLINK(\"http://evil\")", " =1+1", "   @home", "=", "-"}) {
            assertThat(FormulaGuard.isDangerous(cell)).as(cell).isTrue();
            assertThat(FormulaGuard.neutralise(cell)).as(cell).isEqualTo("'" + cell);
        }
    }

    @Test
    void ordinaryCellsAreLeftAlone() {
        for (String cell : new String[] {"", "Ana", "a=b", "x-1", "ana@example.org", "'quoted", " Ana", "   ",
            "\nline", "Θεσσαλονίκη", "１+1"}) {
            assertThat(FormulaGuard.isDangerous(cell)).as(cell).isFalse();
            assertThat(FormulaGuard.neutralise(cell)).as(cell).isEqualTo(cell);
        }
    }
}
