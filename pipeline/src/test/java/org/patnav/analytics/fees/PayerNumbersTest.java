package org.patnav.analytics.fees;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The number a payer quotes: 专利号 for a granted CN patent, the patent number for the USPTO, else the application's. */
class PayerNumbersTest {

    @Test
    void aGrantedCnPatentIsPaidForUnderItsZlNumber() {
        // 专利申请号标准 ZC 0006-2003: 2007 (year) 1 (invention) 0308494 (serial) X (check character).
        assertThat(PayerNumbers.patentNumber("CN", "CN-101000000-B", "200710308494.X", true)).isEqualTo("ZL 2007 1 0308494.X");
        assertThat(PayerNumbers.patentNumber("CN", "CN-101000000-B", "200710308494.5", true))
                .as("a wrong check character: no patent number made up").isNull();
    }

    @Test
    void beforeTheGrantAndAtTheEpoTheApplicationNumberIsQuoted() {
        assertThat(PayerNumbers.patentNumber("CN", "CN-110000000-A", "200710308494.X", false)).isNull();
        assertThat(PayerNumbers.patentNumber("EP", "EP-3021502-B1", "13727012.3", true)).isNull();
    }

    @Test
    void theUsptoTakesMaintenanceFeesUnderThePatentNumber() {
        // 37 CFR 1.366(c): the payment names the patent number (and the application number).
        assertThat(PayerNumbers.patentNumber("US", "US-10249999-B2", "15/123,456", true)).isEqualTo("10249999");
    }
}
