package org.patnav.analytics.highvalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patnav.analytics.fees.FeeStatus;

/**
 * Each criterion of CNIPA's high-value invention patents on its own, with the edges that decide it,
 * and the conditions for a patent to count at all (valid, domestic, CNIPA, invention).
 */
class HighValueClassifierTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 24);
    private final HighValueClassifier classifier = new HighValueClassifier(HighValueRules.defaults(DATE), SeiConcordance.defaults());

    /** A valid domestic CNIPA invention patent that meets no criterion. */
    private static HighValueCandidate plain() {
        return new HighValueCandidate("CN-110815608-B", "CN", "invention", "CN", "341602", FeeStatus.IN_FORCE,
                LocalDate.of(2017, 1, 16), List.of("A61Q19/00", "A61K8/97"), "一种保湿面霜", List.of(), List.of(), List.of());
    }

    private static HighValueCandidate with(HighValueCandidate p, String ownerCountry, FeeStatus status, LocalDate filed,
                                           List<String> ipc, List<HighValueCandidate.Grant> grants,
                                           List<HighValueCandidate.Pledge> pledges, List<HighValueCandidate.Award> awards) {
        return new HighValueCandidate(p.pubId(), p.office(), p.patentType(), ownerCountry, p.ownerRegion(), status, filed,
                ipc, p.text(), grants, pledges, awards);
    }

    private HighValueAssessment assess(HighValueCandidate p) {
        HighValueAssessment a = classifier.assess(p, DATE);
        // The counting shortcut answers as the assessment does, for every candidate of every test here.
        assertThat(classifier.isHighValue(p, DATE)).as("isHighValue of " + p).isEqualTo(a.highValue());
        return a;
    }

    @Test
    void aValidDomesticInventionMeetingNoCriterionCountsButIsNotHighValue() {
        HighValueAssessment a = assess(plain());
        assertThat(a.counted()).isTrue();
        assertThat(a.met()).isEmpty();
        assertThat(a.highValue()).isFalse();
    }

    @Test
    void criterion1StrategicEmergingIndustryByIpc() {
        HighValueCandidate p = plain();
        HighValueAssessment a = assess(with(p, "CN", FeeStatus.IN_FORCE, p.filingDate(), List.of("A61K36/8969"),
                List.of(), List.of(), List.of()));
        assertThat(a.met()).containsExactly(HighValueCriterion.SEI_INDUSTRY);
        assertThat(a.industries()).extracting(SeiConcordance.Industry::code).containsExactly("4.1.3");
        assertThat(a.highValue()).isTrue();
    }

    @Test
    void criterion2AFamilyMemberGrantedAbroadByTheDate() {
        HighValueCandidate p = plain();
        HighValueCandidate.Grant us = new HighValueCandidate.Grant("US-11234567-B2", "US", LocalDate.of(2022, 3, 1));
        assertThat(assess(with(p, "CN", FeeStatus.IN_FORCE, p.filingDate(), p.ipc(), List.of(us), List.of(), List.of())).met())
                .containsExactly(HighValueCriterion.FAMILY_GRANTED_ABROAD);
        HighValueCandidate.Grant later = new HighValueCandidate.Grant("EP-4000000-B1", "EP", DATE.plusDays(1));
        HighValueCandidate.Grant home = new HighValueCandidate.Grant("CN-110815608-B", "CN", LocalDate.of(2019, 7, 16));
        HighValueCandidate.Grant wo = new HighValueCandidate.Grant("WO-2018123456-A1", "WO", LocalDate.of(2018, 7, 1));
        assertThat(assess(with(p, "CN", FeeStatus.IN_FORCE, p.filingDate(), p.ipc(), List.of(later, home, wo), List.of(),
                List.of())).met()).as("granted after the date, at home, or by WIPO (which grants nothing)").isEmpty();
    }

    @Test
    void criterion3MaintainedMoreThanTenYearsFromFiling() {
        HighValueCandidate p = plain();
        LocalDate tenYearsAgo = DATE.minusYears(10);
        assertThat(assess(with(p, "CN", FeeStatus.IN_FORCE, tenYearsAgo.minusDays(1), p.ipc(), List.of(), List.of(), List.of()))
                .met()).containsExactly(HighValueCriterion.MAINTAINED_OVER_YEARS);
        assertThat(assess(with(p, "CN", FeeStatus.IN_FORCE, tenYearsAgo, p.ipc(), List.of(), List.of(), List.of())).met())
                .as("exactly ten years is not more than ten").isEmpty();
        assertThat(assess(with(p, "CN", FeeStatus.GRACE, tenYearsAgo.minusYears(2), p.ipc(), List.of(), List.of(), List.of()))
                .met()).as("in the fee grace period the right subsists").containsExactly(HighValueCriterion.MAINTAINED_OVER_YEARS);
    }

    @Test
    void criterion4APledgeContractAtTheThreshold() {
        HighValueCandidate p = plain();
        HighValueCandidate.Pledge atThreshold = new HighValueCandidate.Pledge("Y2025980005118", LocalDate.of(2025, 11, 20),
                new BigDecimal("10000000"));
        HighValueCandidate.Pledge below = new HighValueCandidate.Pledge("Y2024980000001", LocalDate.of(2024, 1, 5),
                new BigDecimal("9999999.99"));
        assertThat(assess(with(p, "CN", FeeStatus.IN_FORCE, p.filingDate(), p.ipc(), List.of(), List.of(atThreshold), List.of()))
                .met()).containsExactly(HighValueCriterion.PLEDGE_FINANCING);
        assertThat(assess(with(p, "CN", FeeStatus.IN_FORCE, p.filingDate(), p.ipc(), List.of(), List.of(below), List.of()))
                .met()).isEmpty();
        assertThat(classifier.assess(with(p, "CN", FeeStatus.IN_FORCE, p.filingDate(), p.ipc(), List.of(), List.of(atThreshold),
                List.of()), LocalDate.of(2025, 11, 19)).met()).as("registered after the date").isEmpty();
    }

    @Test
    void criterion5AnAwardOfTheYearOrBefore() {
        HighValueCandidate p = plain();
        List<HighValueCandidate.Award> award = List.of(new HighValueCandidate.Award("中国专利优秀奖", 2024));
        assertThat(assess(with(p, "CN", FeeStatus.IN_FORCE, p.filingDate(), p.ipc(), List.of(), List.of(), award)).met())
                .containsExactly(HighValueCriterion.AWARD);
        assertThat(classifier.assess(with(p, "CN", FeeStatus.IN_FORCE, p.filingDate(), p.ipc(), List.of(), List.of(), award),
                LocalDate.of(2023, 12, 31)).met()).isEmpty();
    }

    @Test
    void onlyValidDomesticCnipaInventionsCount() {
        HighValueCandidate p = plain();
        List<String> sei = List.of("A61K36/18");
        assertThat(assess(with(p, "HK", FeeStatus.IN_FORCE, p.filingDate(), sei, List.of(), List.of(), List.of())).counted())
                .as("Hong Kong owners are not domestic").isFalse();
        assertThat(assess(with(p, "JP", FeeStatus.IN_FORCE, p.filingDate(), sei, List.of(), List.of(), List.of())).counted()).isFalse();
        assertThat(assess(with(p, "CN", FeeStatus.RESTORABLE, p.filingDate(), sei, List.of(), List.of(), List.of())).counted())
                .as("lapsed, even if still restorable").isFalse();
        assertThat(assess(with(p, "CN", FeeStatus.PENDING, p.filingDate(), sei, List.of(), List.of(), List.of())).counted()).isFalse();
        HighValueCandidate utility = new HighValueCandidate("CN-222313204-U", "CN", "utility_model", "CN", "341602",
                FeeStatus.IN_FORCE, LocalDate.of(2025, 10, 6), sei, null, List.of(), List.of(), List.of());
        assertThat(assess(utility).counted()).isFalse();
        HighValueCandidate us = new HighValueCandidate("US-11234567-B2", "US", "invention", "CN", "341602",
                FeeStatus.IN_FORCE, LocalDate.of(2019, 1, 1), sei, null, List.of(), List.of(), List.of());
        assertThat(assess(us).counted()).as("a Chinese owner's US patent is not a CNIPA patent").isFalse();
        HighValueCandidate noCountry = with(p, null, FeeStatus.IN_FORCE, p.filingDate(), sei, List.of(), List.of(), List.of());
        assertThat(assess(noCountry).counted()).as("no country, but an address in a Chinese division").isTrue();
    }

    @Test
    void theExplanationSaysWhyForEveryCheck() {
        HighValueAssessment a = assess(plain());
        assertThat(a.explanation()).hasSize(9);
        assertThat(a.explanation().get(2)).isEqualTo("fee status on 2026-11-24: in_force (valid)");
        assertThat(a.explanation().get(6)).startsWith("3 maintained more than 10 years: no (filed 2017-01-16, 10 years on 2027-01-16)");
    }
}
