package org.patnav.analytics.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patnav.analytics.landscape.LandscapeFixture.context;
import static org.patnav.analytics.landscape.LandscapeFixture.row;
import static org.patnav.analytics.landscape.LandscapeFixture.table;
import static org.patnav.analytics.landscape.LandscapeFixture.unit;

import org.junit.jupiter.api.Test;
import org.patnav.report.Section;

/**
 * Applications against distinct applicants per complete filing year, read by {@code LifeCycle}: the last
 * five complete years (2018–2022 on the tests' as-of date) against the five before (2013–2017).
 */
class LifeCycleAnalysisTest {

    @Test
    void applicantsAreDistinctPerYearAndIncompleteYearsAreLeftOut() {
        LandscapeContext c = context(
                unit("CN-1").filed(2014).owner("ALPHA", "company").build(),
                unit("CN-2").filed(2016).owner("ALPHA", "company").owner("BETA", "company").build(),
                unit("CN-3").filed(2019).owner("ALPHA", "company").build(),
                unit("CN-4").filed(2019).owner("ALPHA", "company").build(),
                unit("CN-5").filed(2020).owner("GAMMA", "company").build(),
                unit("CN-6").filed(2022).owner("BETA", "company").owner("GAMMA", "company").build(),
                // Within the 18-month publication lag (专利法 第34条): not in the table or the windows.
                unit("CN-7").filed(2024).owner("DELTA", "company").build()).build();
        Section s = new LifeCycleAnalysis().build(c);
        assertThat(table(s, "life_cycle").rows()).containsExactly(
                row(2014, 1L, 1L),
                row(2016, 1L, 2L),
                // Two applications of one applicant: one applicant that year.
                row(2019, 2L, 1L),
                row(2020, 1L, 1L),
                row(2022, 1L, 2L));
        // Recent 4 applications and 4 applicant-years against 2 and 3: both grew by 10% or more.
        assertThat(s.findings()).containsExactly("The trajectory suggests the growth stage: 4 applications and 4"
                + " applicant-years in 2018–2022, against 2 and 3 in the five years before.");
    }

    @Test
    void applicationsFallingBelowNinetyPercentIsDecline() {
        LandscapeContext c = context(
                unit("CN-1").filed(2014).owner("ALPHA", "company").build(),
                unit("CN-2").filed(2015).owner("BETA", "company").build(),
                unit("CN-3").filed(2017).owner("GAMMA", "company").build(),
                unit("CN-4").filed(2021).owner("ALPHA", "company").build(),
                unit("CN-5").filed(2022).owner("ALPHA", "company").build()).build();
        assertThat(new LifeCycleAnalysis().build(c).findings()).containsExactly("The trajectory suggests the decline"
                + " stage: 2 applications and 2 applicant-years in 2018–2022, against 3 and 3 in the five years before.");
    }

    @Test
    void onlyIncompleteYearsSayNothing() {
        LandscapeContext c = context(unit("CN-1").filed(2023).owner("ALPHA", "company").build()).lang("zh").build();
        Section s = new LifeCycleAnalysis().build(c);
        assertThat(table(s, "life_cycle").rows()).isEmpty();
        assertThat(s.findings()).containsExactly(
                "技术生命周期判定为数据不足，无法判定：2018–2022年申请0件、申请人0人次，此前5年为0件、0人次。");
    }
}
