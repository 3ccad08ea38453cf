package org.patnav.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The leading characters OWASP's "CSV Injection" page lists as starting a formula in Excel, LibreOffice
 * and Google Sheets: {@code = + - @}, tab (0x09) and carriage return (0x0D).
 */
class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\tcmd", "\rcmd", "=", "-"})
    void aCellThatAStartsAFormulaGetsALeadingApostrophe(String cell) {
        assertThat(CsvCells.safe(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"宁德时代", "a=b", "1+1", "x-y", "user@example.com", " =1", "'=already", "CN112345678A"})
    void otherTextIsUnchanged(String cell) {
        assertThat(CsvCells.safe(cell)).isEqualTo(cell);
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertThat(CsvCells.safe(null)).isNull();
        assertThat(CsvCells.safe("")).isEmpty();
    }
}
