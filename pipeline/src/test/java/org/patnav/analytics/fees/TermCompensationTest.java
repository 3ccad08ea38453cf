package org.patnav.analytics.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patnav.analytics.fees.FeeSubject.Reduction;

/**
 * Term compensation from the register (专利法 (2020) 第四十二条第二款、第三款): the term end moves by the decided
 * days, the years of compensation owe the compensation-period fee (专利权补偿期年费, 8,000 yuan a year, a part
 * year not charged: fee-amounts.tsv CN-594), and the patent is in force, so valid, until the extended end.
 */
class TermCompensationTest {

    private static final FeeStatusEngine ENGINE = FeeStatusEngine.defaults();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // An invention filed 2006-03-10, granted 2010-06-01: the 20-year term ends 2026-03-09.
    private static final FeeSubject PATENT = new FeeSubject("CN-TEST", "CN", "invention", d("2006-03-10"), d("2010-06-01"),
            null, null, Reduction.NONE, List.of());

    // A new-drug compensation of 500 days (approved 2021-09-01, decided 2022-03-01): the term ends 2027-07-22, patent
    // year 21 (2026-03-10 to 2027-03-09) owes a fee, the 135 days after it none.
    private static final TermExtension DRUG = new TermExtension(TermExtension.Kind.DRUG_TERM_COMPENSATION, 500,
            d("2022-03-01"), d("2021-09-01"), d("2006-03-10"), "决定 示例");

    private static final FeeSubject EXTENDED = PATENT.withRegisters(List.of(DRUG), List.of());

    private static FeeAssessment at(FeeSubject s, String asOf) {
        FeeAssessment a = ENGINE.assess(s, d(asOf), 90);
        // The term end decides expiry: the landscape's standing must agree with the assessment.
        assertThat(ENGINE.standing(s, d(asOf), 90)).isEqualTo(new FeeStatusEngine.Standing(a.status(), a.statusSince()));
        return a;
    }

    @Test
    void withoutTheRegisterThePatentExpiresAfterTwentyYears() {
        FeeAssessment a = at(PATENT, "2026-12-31");
        assertThat(a.status()).isEqualTo(FeeStatus.EXPIRED);
        assertThat(a.termEnd()).isEqualTo(d("2026-03-09"));
    }

    @Test
    void aDrugCompensationMovesTheTermEndAndThePatentStaysInForceUntilIt() {
        FeeAssessment a = at(EXTENDED, "2026-12-31");
        assertThat(a.termEnd()).isEqualTo(d("2027-07-22"));
        assertThat(a.status()).isEqualTo(FeeStatus.IN_FORCE);
        assertThat(a.status().valid()).as("counted valid by the indicators").isTrue();
        assertThat(a.explanation()).anyMatch(l -> l.contains("专利法 第四十二条第三款") && l.contains("2026-03-09 -> 2027-07-22"));
        assertThat(a.conflicts()).isEmpty();
        assertThat(at(EXTENDED, "2027-07-22").status()).as("the extended last day").isEqualTo(FeeStatus.IN_FORCE);
        FeeAssessment after = at(EXTENDED, "2027-07-23");
        assertThat(after.status()).isEqualTo(FeeStatus.EXPIRED);
        assertThat(after.statusSince()).isEqualTo(d("2027-07-23"));
    }

    @Test
    void theTwentyFirstYearOwesTheCompensationPeriodFee() {
        // Year 21 falls due on the filing anniversary 2026-03-10 (a Tuesday), 8,000 yuan; a reduction does not touch it.
        for (FeeSubject s : List.of(EXTENDED, new FeeSubject("CN-TEST", "CN", "invention", d("2006-03-10"), d("2010-06-01"),
                null, null, Reduction.SINGLE, List.of()).withRegisters(List.of(DRUG),
                List.of(new OpenLicencePeriod(d("2024-01-01"), null))))) {
            FeeAssessment a = at(s, "2026-01-15");
            assertThat(a.status()).isEqualTo(FeeStatus.DUE);
            assertThat(a.feeYear()).isEqualTo(21);
            assertThat(a.nextDueDate()).isEqualTo(d("2026-03-10"));
            assertThat(a.amountDue()).isEqualTo(BigDecimal.valueOf(8000).setScale(2));
            assertThat(a.explanation()).anyMatch(l -> l.startsWith("compensation-period fee (专利权补偿期年费), year 21: 8000"));
        }
        assertThat(at(EXTENDED, "2026-01-15").explanation())
                .anyMatch(l -> l.contains("years 21-21 are years of term compensation"))
                .anyMatch(l -> l.contains("the 135 days of term compensation after year 21 are less than a year: no fee"));
        FeeAssessment unpaid = at(EXTENDED, "2026-03-11");
        assertThat(unpaid.status()).as("unpaid after its due date, as any annual fee").isEqualTo(FeeStatus.GRACE);
    }

    @Test
    void beforeItsDecisionTheCompensationDoesNotCount() {
        TermExtension late = new TermExtension(TermExtension.Kind.DRUG_TERM_COMPENSATION, 500, d("2027-01-05"),
                d("2026-10-01"), d("2006-03-10"), "决定 示例");
        FeeAssessment a = at(PATENT.withRegisters(List.of(late), List.of()), "2026-12-31");
        assertThat(a.status()).isEqualTo(FeeStatus.EXPIRED);
        assertThat(a.explanation()).anyMatch(l -> l.contains("not yet decided on 2026-12-31"));
    }

    @Test
    void aRegisterFilingDateTheDataContradictsIsAConflict() {
        // 专利法 第四十二条第三款 caps were checked against the register's filing date: if the data's differs, say so.
        TermExtension other = new TermExtension(TermExtension.Kind.DRUG_TERM_COMPENSATION, 500, d("2022-03-01"),
                d("2021-09-01"), d("2006-03-11"), "决定 示例");
        assertThat(at(PATENT.withRegisters(List.of(other), List.of()), "2026-12-31").conflicts()).singleElement().asString()
                .isEqualTo("drug_term_compensation register states filing date 2006-03-11, the data 2006-03-10");
    }

    @Test
    void aGrantDelayCompensationLongerThanTheDelayIsAConflict() {
        // 专利法 第四十二条第二款 compensates the delay after four years from filing: filed 2018-07-06, granted
        // 2022-07-08, two days. The register's days still count (the decision is the record); the conflict says so.
        FeeSubject s = new FeeSubject("CN-TEST", "CN", "invention", d("2018-07-06"), d("2022-07-08"), null, null,
                Reduction.NONE, List.of());
        TermExtension two = new TermExtension(TermExtension.Kind.PATENT_TERM_COMPENSATION, 2, d("2022-12-01"), null, null, "决定");
        TermExtension ten = new TermExtension(TermExtension.Kind.PATENT_TERM_COMPENSATION, 10, d("2022-12-01"), null, null, "决定");
        assertThat(at(s.withRegisters(List.of(two), List.of()), "2026-01-01").conflicts()).isEmpty();
        assertThat(at(s.withRegisters(List.of(two), List.of()), "2026-01-01").termEnd()).isEqualTo(d("2038-07-07"));
        FeeAssessment a = at(s.withRegisters(List.of(ten), List.of()), "2026-01-01");
        assertThat(a.termEnd()).isEqualTo(d("2038-07-15"));
        assertThat(a.conflicts()).singleElement().asString().contains("came 2 days after the 4-year mark 2022-07-06");
    }
}
