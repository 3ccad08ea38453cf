package org.patnav.analytics.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patnav.analytics.fees.FeeSubject.Reduction;

/**
 * The annual fee during an open licence (专利法 (2020) 第五十一条第二款: 开放许可实施期间，对专利权人缴纳专利年费相应给予减免):
 * 15% off a fee falling due while the declaration is in force, at the rate in force on the date priced, not
 * added to the 专利收费减缴 reduction, the higher of the two applying (fee-rules.tsv CN-594, unverified against
 * the announcement's text). Amounts hand-computed from CNIPA's 专利收费标准 (fee-amounts.tsv CN-FEES).
 */
class OpenLicenceReductionTest {

    private static final FeeStatusEngine ENGINE = FeeStatusEngine.defaults();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static FeeSubject subject(String filed, String granted, Reduction reduction, OpenLicencePeriod... licences) {
        return new FeeSubject("CN-TEST", "CN", "invention", d(filed), d(granted), null, null, reduction, List.of())
                .withRegisters(List.of(), List.of(licences));
    }

    private static BigDecimal amount(FeeSubject s, String asOf) {
        return ENGINE.assess(s, d(asOf), 90).amountDue();
    }

    private static BigDecimal yuan(int n) {
        return BigDecimal.valueOf(n).setScale(2);
    }

    // Filed 2015-03-10, granted 2018-06-01: year 11 falls due 2025-03-10, 4,000 yuan in full (years 10-12).
    private static final OpenLicencePeriod SINCE_2024 = new OpenLicencePeriod(d("2024-05-10"), null);

    @Test
    void aFeeFallingDueDuringAnOpenLicenceIsFifteenPercentLess() {
        FeeSubject s = subject("2015-03-10", "2018-06-01", Reduction.NONE, SINCE_2024);
        FeeAssessment a = ENGINE.assess(s, d("2025-02-01"), 90);
        assertThat(a.feeYear()).isEqualTo(11);
        assertThat(a.amountDue()).as("4,000 less 15%").isEqualTo(yuan(3400));
        assertThat(a.explanation()).anyMatch(l -> l.startsWith("open-licence reduction 15% (专利法 第五十一条第二款, CN-594): 3400"));
        assertThat(amount(subject("2015-03-10", "2018-06-01", Reduction.NONE), "2025-02-01")).as("no licence").isEqualTo(yuan(4000));
    }

    @Test
    void afterTheFeeReductionYearsTheOpenLicenceReductionStillApplies() {
        // 专利收费减缴办法: six years from the grant year (4), so years 4-9; year 11 pays full, less the open licence.
        assertThat(amount(subject("2015-03-10", "2018-06-01", Reduction.SINGLE, SINCE_2024), "2025-02-01")).isEqualTo(yuan(3400));
    }

    @Test
    void itIsNotAddedToTheFeeReductionTheHigherApplies() {
        // Filed 2019-03-10, granted 2022-06-01 (year 4): year 7 falls due 2025-03-10, 2,000 yuan in full.
        // Single owner: 85% off, 300 (not 2,000 x 0.15 x 0.85 = 255); several owners: 70% off, 600.
        assertThat(amount(subject("2019-03-10", "2022-06-01", Reduction.SINGLE, SINCE_2024), "2025-02-01")).isEqualTo(yuan(300));
        assertThat(amount(subject("2019-03-10", "2022-06-01", Reduction.JOINT, SINCE_2024), "2025-02-01")).isEqualTo(yuan(600));
        assertThat(ENGINE.assess(subject("2019-03-10", "2022-06-01", Reduction.SINGLE, SINCE_2024), d("2025-02-01"), 90)
                .explanation()).anyMatch(l -> l.contains("the open-licence reduction of 15% is not added to it"));
    }

    @Test
    void aWithdrawnOrLaterDeclarationDoesNotReduceTheFee() {
        OpenLicencePeriod withdrawn = new OpenLicencePeriod(d("2023-01-01"), d("2025-03-10"));
        OpenLicencePeriod later = new OpenLicencePeriod(d("2025-03-11"), null);
        assertThat(amount(subject("2015-03-10", "2018-06-01", Reduction.NONE, withdrawn), "2025-02-01"))
                .as("withdrawn on the due date").isEqualTo(yuan(4000));
        assertThat(amount(subject("2015-03-10", "2018-06-01", Reduction.NONE, later), "2025-02-01"))
                .as("declared after the due date").isEqualTo(yuan(4000));
    }

    @Test
    void theLateFeeIsOnTheFullFee() {
        // Month 2 of grace: 3,400 plus 5% of the full 4,000 (专利法实施细则 第九十八条).
        assertThat(amount(subject("2015-03-10", "2018-06-01", Reduction.NONE, SINCE_2024), "2025-04-11")).isEqualTo(yuan(3600));
    }

    @Test
    void beforeARateIsInForceTheFeeIsFull() {
        // The 15% is in force from 2024-08-06 (CN-594); year 10 priced on 2024-03-01 pays the full 4,000.
        FeeAssessment a = ENGINE.assess(subject("2015-03-10", "2018-06-01", Reduction.NONE,
                new OpenLicencePeriod(d("2023-01-01"), null)), d("2024-03-01"), 90);
        assertThat(a.feeYear()).isEqualTo(10);
        assertThat(a.amountDue()).isEqualTo(yuan(4000));
        assertThat(a.explanation()).anyMatch(l -> l.contains("no open-licence reduction rate in force on 2024-03-01"));
    }
}
