package org.patnav.report;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void aShareThatIsNotANumberIsRefusedWhenTheTableIsBuilt() {
        Table.Builder b = Table.builder("t", "T", Column.percent("share", "Share")).row(Double.NaN);
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column share (PERCENT): Double NaN");
        Table.Builder infinite = Table.builder("t", "T", Column.decimal("x", "X")).row(Double.POSITIVE_INFINITY);
        assertThatThrownBy(infinite::build).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCellOfTheWrongTypeIsRefused() {
        Table.Builder b = Table.builder("t", "T", Column.integer("n", "N")).row(3);
        assertThatThrownBy(b::build).hasMessageContaining("column n (INTEGER): Integer 3");
    }
}
