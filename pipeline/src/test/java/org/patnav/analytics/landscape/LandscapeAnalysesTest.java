package org.patnav.analytics.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patnav.analytics.landscape.LandscapeFixture.context;
import static org.patnav.analytics.landscape.LandscapeFixture.unit;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.report.Kpi;
import org.patnav.report.Report;
import org.patnav.report.Section;

/** The registry of analyses and the report it assembles. */
class LandscapeAnalysesTest {

    private static final LandscapeAnalyses.Run RUN = new LandscapeAnalyses.Run(
            Map.of("id", "robots", "version", "3", "name_zh", "工业机器人", "name_en", "Industrial robots"),
            "/w", "s-42", LandscapeUnit.Unit.FAMILY);

    private final List<LandscapeUnit> units = List.of(
            unit("CN-1").filed(2019).status(FeeStatus.IN_FORCE).owner("ALPHA", "company", "CN", "341602")
                    .ipc("B25J9/16").build(),
            unit("CN-2").filed(2021).owner("BETA", "university", "CN", "440305").owner("ALPHA", "company", "CN", "341602")
                    .ipc("B25J15/00").build(),
            unit("US-3").office("US").filed(2022).owner("GAMMA", "company", "US", null).ipc("G05B19/418").build());

    @Test
    void everyAnalysisHasItsOwnId() {
        List<String> ids = LandscapeAnalyses.ALL.stream().map(LandscapeAnalysis::id).toList();
        assertThat(ids).doesNotHaveDuplicates().containsExactly("summary", "overview", "trend", "life_cycle", "geography",
                "applicants", "technology", "core_patents", "legal_status", "collaboration", "chain", "direction",
                "positioning", "talent", "effects", "operation", "paths", "companies");
    }

    @Test
    void aSectorOnAnIndustryChainGetsTheNavigationSectionsWithTheConclusionsFirst() {
        Report r = LandscapeAnalyses.report(context(units).navigating().build(), RUN);
        assertThat(r.sections()).extracting(Section::id).containsExactly("summary", "overview", "trend", "life_cycle",
                "geography", "applicants", "technology", "core_patents", "legal_status", "collaboration", "chain",
                "direction", "positioning", "talent", "effects", "operation", "paths");
    }

    /** report.json and the HTML's manifest print these maps: their order must not change from one JVM to the next. */
    @Test
    void theManifestsSectorAndChainKeepTheirKeysInTheirStatedOrder() {
        Report r = LandscapeAnalyses.report(context(units).navigating().build(), RUN);
        assertThat(keys(r.manifest().get("sector"))).containsExactly("id", "version", "name_zh", "name_en");
        assertThat(keys(r.manifest().get("chain"))).containsExactly("id", "version");
    }

    private static List<String> keys(Object map) {
        return ((Map<?, ?>) map).keySet().stream().map(String::valueOf).toList();
    }

    @Test
    void theReportListsTheSectionsInTheRegistrysOrderWithoutCompaniesWhenNoneAreNamed() {
        Report r = LandscapeAnalyses.report(context(units).build(), RUN);
        assertThat(r.sections()).extracting(Section::id).containsExactly("overview", "trend", "life_cycle", "geography",
                "applicants", "technology", "core_patents", "legal_status", "collaboration");
    }

    @Test
    void withCompaniesTheirSectionComesLast() {
        Report r = LandscapeAnalyses.report(context(units).companies("Alpha").build(), RUN);
        assertThat(r.sections()).extracting(Section::id).last().isEqualTo("companies");
        assertThat(r.sections().getLast().findings()).containsExactly(
                "ALPHA ranks no. 1 in the sector with 2 applications (66.7%): 1 in the last three complete years, 1 in the three before.");
    }

    @Test
    void theKpisAreTheOverviewsOnceInItsOrder() {
        Report r = LandscapeAnalyses.report(context(units).build(), RUN);
        assertThat(r.kpis()).extracting(Kpi::id).containsExactly("applications", "granted", "valid", "high_value",
                "invention_share", "applicants", "peak_year", "cn_share", "foreign_share", "region_share",
                "region_applications");
        assertThat(r.kpis().getFirst().value()).isEqualTo(3L);
    }

    @Test
    void titleSubtitleAndManifestSayWhatWasCounted() {
        Report r = LandscapeAnalyses.report(context(units).lang("zh").years(2019, 2022).build(), RUN);
        assertThat(r.title()).isEqualTo("工业机器人产业专利导航分析报告");
        assertThat(r.subtitle()).isEqualTo("关注地区 亳州市 · 截至 2025-06-30 · 领域定义版本 3 · 计数单位：简单同族 · 申请年份：2019–2022");
        assertThat(r.manifest()).containsEntry("snapshot_id", "s-42").containsEntry("region", "341600")
                .containsEntry("from_year", 2019).containsEntry("to_year", 2022);
        @SuppressWarnings("unchecked")
        Map<String, Object> rules = (Map<String, Object>) r.manifest().get("counting_rules");
        assertThat(rules).containsEntry("unit", "family").containsEntry("incomplete_from_year", 2023);
    }
}
