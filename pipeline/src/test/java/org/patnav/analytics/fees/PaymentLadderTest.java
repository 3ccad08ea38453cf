package org.patnav.analytics.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patnav.analytics.fees.FeeStatusEngineTest.at;
import static org.patnav.analytics.fees.FeeStatusEngineTest.d;
import static org.patnav.analytics.fees.FeeStatusEngineTest.event;
import static org.patnav.analytics.fees.FeeStatusEngineTest.subject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patnav.analytics.fees.FeeSubject.Reduction;

/**
 * The late-fee ladder (what paying costs by the day of payment), hand-computed per office; each test
 * cites the rule. Paying less than the amount of the month of payment is not paying: CN 专利法实施细则
 * (2010) 第九十八条 ("未缴纳或者未缴足") and 专利审查指南 第五部分第二章 (a short payment is made up at the rate of
 * the month in which it is made up).
 */
class PaymentLadderTest {

    static PaymentStep step(String from, String until, int amount, String currency) {
        return new PaymentStep(d(from), d(until), BigDecimal.valueOf(amount).setScale(2), currency, true);
    }

    // Invention filed 2015-03-10, granted 2018-06-01: year 9 (2,000 yuan, CNIPA 专利收费标准) due 2023-03-10.
    final FeeSubject invention = subject("CN", "invention", "2015-03-10", "2018-06-01", Reduction.NONE);

    @Test
    void cnTheFeeThenFivePercentOfTheFullFeePerMonthBegunAfterTheFirst() {
        // 专利审查指南 第五部分第二章: no late fee within one month of the due date, then 5% of the full annual
        // fee for each month begun, 25% in the sixth month; months counted from the filing-date anniversary.
        // Six months after 2023-03-10 is Sunday 2023-09-10: the last step ends on Monday 2023-09-11. The due
        // date ends a step of its own although the first month after it costs no more.
        FeeAssessment a = at(invention, "2023-03-01");
        assertThat(a.status()).isEqualTo(FeeStatus.DUE);
        assertThat(a.ladder()).containsExactly(
                step("2023-03-01", "2023-03-10", 2000, "CNY"),
                step("2023-03-11", "2023-04-10", 2000, "CNY"),
                step("2023-04-11", "2023-05-10", 2100, "CNY"),
                step("2023-05-11", "2023-06-10", 2200, "CNY"),
                step("2023-06-11", "2023-07-10", 2300, "CNY"),
                step("2023-07-11", "2023-08-10", 2400, "CNY"),
                step("2023-08-11", "2023-09-11", 2500, "CNY"));
        assertThat(a.ladder().getLast().payUntil()).isEqualTo(a.graceDeadline());
    }

    @Test
    void cnInGraceTheLadderStartsOnTheAsOfDateWithTheAmountDue() {
        FeeAssessment a = at(invention, "2023-05-20");
        assertThat(a.status()).isEqualTo(FeeStatus.GRACE);
        assertThat(a.ladder()).containsExactly(
                step("2023-05-20", "2023-06-10", 2200, "CNY"),
                step("2023-06-11", "2023-07-10", 2300, "CNY"),
                step("2023-07-11", "2023-08-10", 2400, "CNY"),
                step("2023-08-11", "2023-09-11", 2500, "CNY"));
        assertThat(a.amountDue()).isEqualTo(a.ladder().getFirst().amount());
    }

    @Test
    void cnAReductionLowersTheFeeButTheLateFeeIsOnTheFullFee() {
        // 财税〔2016〕78号: 85% off years 3-8 for a single owner granted in year 3; year 7 (2,000 yuan) due
        // Monday 2024-05-20 costs 300. 实施细则 第九十八条: the late fee is 5% of 当年全额年费, i.e. 100 a month.
        FeeSubject single = subject("CN", "invention", "2018-05-20", "2021-03-01", Reduction.SINGLE);
        FeeAssessment a = at(single, "2024-05-01");
        assertThat(a.feeYear()).isEqualTo(7);
        assertThat(a.ladder()).containsExactly(
                step("2024-05-01", "2024-05-20", 300, "CNY"),
                step("2024-05-21", "2024-06-20", 300, "CNY"),
                step("2024-06-21", "2024-07-20", 400, "CNY"),
                step("2024-07-21", "2024-08-20", 500, "CNY"),
                step("2024-08-21", "2024-09-20", 600, "CNY"),
                step("2024-09-21", "2024-10-20", 700, "CNY"),
                step("2024-10-21", "2024-11-20", 800, "CNY"));
    }

    @Test
    void cnAnAnnouncedExtensionHasOneStepWithNoLateFee() {
        // 国家知识产权局公告第四八六号: the reduced year-8 fee due 2022-08-01 is extended to 2023-06-15, with no
        // late fee and no further grace. 300 = 2,000 less 85% (财税〔2016〕78号).
        FeeSubject reduced = subject("CN", "invention", "2015-08-01", "2018-01-15", Reduction.SINGLE);
        FeeAssessment a = at(reduced, "2023-06-01");
        assertThat(a.status()).isEqualTo(FeeStatus.DUE);
        assertThat(a.ladder()).containsExactly(step("2023-06-01", "2023-06-15", 300, "CNY"));
    }

    @Test
    void cnEveryDayOfTheLadderCostsWhatTheEngineChargesThatDay() {
        // The ladder and amount_due come from the same rules: assessed on any day, the amount due is the
        // amount of the step holding that day.
        FeeAssessment ladder = at(invention, "2023-03-01");
        for (PaymentStep step : ladder.ladder()) {
            for (LocalDate day = step.payFrom(); !day.isAfter(step.payUntil()); day = day.plusDays(1)) {
                assertThat(at(invention, day.toString()).amountDue()).as(day.toString()).isEqualTo(step.amount());
            }
        }
    }

    @Test
    void usTheFeeUntilTheWindowClosesThenWithTheSurchargeForSixMonths() {
        // 37 CFR 1.20(f) 7.5-year fee 3,760 until 2021-07-07; 1.20(h) surcharge 500 to 2022-01-07 (85 FR 46932).
        FeeSubject us = subject("US", "invention", "2010-02-26", "2014-01-07", null,
                event("fee_paid", "M1551", "2017-02-17", 4, "large"));
        FeeAssessment a = at(us, "2021-05-01");
        assertThat(a.status()).isEqualTo(FeeStatus.DUE);
        assertThat(a.ladder()).containsExactly(
                step("2021-05-01", "2021-07-07", 3760, "USD"),
                step("2021-07-08", "2022-01-07", 4260, "USD"));
        assertThat(at(us, "2021-09-01").ladder()).containsExactly(step("2021-09-01", "2022-01-07", 4260, "USD"));
    }

    @Test
    void epTheFeeThenFiftyPercentMoreForSixMonths() {
        // EPC Rule 51(1): year 5 (1,000 EUR) due 2025-03-31; Rule 51(2): 50% additional fee to 2025-09-30.
        FeeSubject ep = subject("EP", "invention", "2021-03-15", null, null);
        assertThat(at(ep, "2025-02-01").ladder()).containsExactly(
                step("2025-02-01", "2025-03-31", 1000, "EUR"),
                step("2025-04-01", "2025-09-30", 1500, "EUR"));
    }

    @Test
    void withNothingToPayInStepsTheLadderIsEmpty() {
        assertThat(at(invention, "2023-10-01").status()).isEqualTo(FeeStatus.IN_FORCE);
        assertThat(at(invention, "2023-10-01").ladder()).isEmpty();
        FeeSubject lapsed = subject("CN", "invention", "2015-03-10", "2018-06-01", Reduction.NONE,
                event("lapse", "未缴年费专利权终止", "2023-03-10", null, null));
        assertThat(at(lapsed, "2023-10-01").status()).isEqualTo(FeeStatus.RESTORABLE);
        assertThat(at(lapsed, "2023-10-01").ladder()).isEmpty();
    }

    @Test
    void theScheduleColumnHasOneTextPerStep() {
        assertThat(PaymentStep.format(List.of(step("2023-05-20", "2023-06-10", 2200, "CNY"),
                new PaymentStep(d("2023-06-11"), d("2023-07-10"), null, "CNY", false))))
                .isEqualTo("2023-05-20..2023-06-10 2200.00 CNY; 2023-06-11..2023-07-10 ? CNY");
    }
}
