package org.patnav.analytics.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.patnav.analytics.landscape.LandscapeFixture.context;
import static org.patnav.analytics.landscape.LandscapeFixture.kpis;
import static org.patnav.analytics.landscape.LandscapeFixture.row;
import static org.patnav.analytics.landscape.LandscapeFixture.table;
import static org.patnav.analytics.landscape.LandscapeFixture.unit;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.report.Section;

/** The headline figures: what counts as granted, valid, high value, Chinese, foreign and in the focus region. */
class OverviewTest {

    private final LandscapeContext c = context(
            unit("CN-1").filed(2018).granted(LocalDate.of(2021, 3, 1)).status(FeeStatus.IN_FORCE).highValue()
                    .owner("ALPHA", "company", "CN", "341602").build(),
            // Granted after the as-of date: pending on it, and not counted as granted.
            unit("CN-2").filed(2018).granted(LocalDate.of(2025, 9, 1)).status(FeeStatus.PENDING)
                    .owner("BETA UNIVERSITY", "university", "CN", "440305").build(),
            unit("CN-3").type("utility_model").filed(2020).granted(LocalDate.of(2020, 12, 1)).status(FeeStatus.GRACE)
                    .owner("GAMMA", "company", "JP", null).owner("ALPHA", "company", "CN", "341602").build(),
            // No patent type, no owner country: neither Chinese nor foreign.
            unit("CN-4").type(null).filed(2019).status(FeeStatus.LAPSED).owner("DELTA", "individual", null, null).build(),
            unit("CN-5").filed(2020).granted(LocalDate.of(2022, 5, 1)).status(FeeStatus.DUE)
                    .owner("ALPHA", "company", "CN", "341621").build()).build();

    @Test
    void kpisInTheirOrderWithValidAsTheFeeEnginesDefinition() {
        new Overview().build(c);
        // Valid = FeeStatus.valid(): IN_FORCE, DUE and GRACE (CN-1, CN-5, CN-3).
        assertThat(kpis(c)).containsExactly(
                entry("applications", 5L),
                entry("granted", 3L),
                entry("valid", 3L),
                entry("high_value", 1L),
                entry("invention_share", 3.0 / 5),
                entry("applicants", 4L),
                // 2018 and 2020 have two filings each: the earlier year wins the tie.
                entry("peak_year", 2018),
                // Of the four units whose first owner's country is known.
                entry("cn_share", 3.0 / 4),
                entry("foreign_share", 1.0 / 4),
                entry("region_share", 2.0 / 5),
                entry("region_applications", 2L));
    }

    @Test
    void patentTypesByCountWithTheUnknownTypeNamed() {
        Section s = new Overview().build(c);
        // Ties by type id, a missing type first.
        assertThat(table(s, "patent_types").rows()).containsExactly(
                row("Invention", 3L, 3.0 / 5),
                row("Unknown", 1L, 1.0 / 5),
                row("Utility model", 1L, 1.0 / 5));
    }

    @Test
    void findingsStateTheCountsAndTheHighValueShareOfTheValid() {
        Section s = new Overview().build(c);
        assertThat(s.findings()).containsExactly(
                "The sector holds 5 applications: 3 granted, 3 valid today; inventions are 60.0%, from 4 applicants,"
                        + " with the peak in 2018.",
                "By CNIPA's definition 1 are high-value invention patents, 33.3% of the valid ones.");
    }

    @Test
    void anEmptySectorHasNoPeakAndNoShares() {
        LandscapeContext empty = context().build();
        Section s = new Overview().build(empty);
        assertThat(kpis(empty)).contains(entry("applications", 0L), entry("peak_year", null),
                entry("invention_share", 0.0), entry("cn_share", 0.0));
        assertThat(s.findings().getFirst()).endsWith("from 0 applicants, with the peak in –.");
        assertThat(table(s, "patent_types").rows()).isEmpty();
    }
}
