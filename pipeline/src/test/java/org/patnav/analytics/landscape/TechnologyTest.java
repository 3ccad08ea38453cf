package org.patnav.analytics.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patnav.analytics.landscape.LandscapeFixture.context;
import static org.patnav.analytics.landscape.LandscapeFixture.row;
import static org.patnav.analytics.landscape.LandscapeFixture.table;
import static org.patnav.analytics.landscape.LandscapeFixture.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * IPC composition by full counting, branch trends, hot spots and gaps. Windows on the tests' as-of date:
 * recent = 2020–2022, previous = 2017–2019.
 *
 * <pre>
 *            2017 2018 2019 2020 2021 2022 2024   recent previous  focus region
 * B25J9       L    x         x    x   xx          4      2         yes (CN-1)
 * G05B19           x    x    x    x   x           3      2         no
 * A61K36      L    x    x    x    x               2      3         yes (CN-1)
 * B23Q3            x         x    x   x           3      1         no
 * B25J15                                    L     0      0         yes (CN-8)
 * </pre>
 */
class TechnologyTest {

    private final List<LandscapeUnit> units = List.of(
            unit("CN-1").filed(2017).owner("ALPHA", "company", "CN", "341602").ipc("B25J9/16", "A61K36/18").build(),
            unit("CN-2").filed(2018).owner("BETA", "company", "CN", "440305")
                    .ipc("B25J9/08", "G05B19/418", "A61K36/18", "B23Q3/06").build(),
            unit("CN-3").filed(2019).owner("BETA", "company", "CN", "440305").ipc("G05B19/42", "A61K36/48").build(),
            unit("CN-4").filed(2020).owner("BETA", "company", "CN", "440305")
                    .ipc("B25J9/16", "G05B19/418", "B23Q3/06", "A61K36/18").build(),
            unit("CN-5").filed(2021).owner("GAMMA", "company", "JP", null)
                    .ipc("B25J9/16", "G05B19/418", "B23Q3/06", "A61K36/18").build(),
            unit("CN-6").filed(2022).owner("GAMMA", "company", "JP", null).ipc("B25J9/16", "G05B19/418").build(),
            unit("CN-7").filed(2022).owner("BETA", "company", "CN", "440305").ipc("B25J9/16", "B23Q3/06").build(),
            unit("CN-8").filed(2024).owner("DELTA", "company", "CN", "341621").ipc("B25J15/00").build());

    @Test
    void subclassesAndMainGroupsByFullCountingWithTiesBySymbol() {
        Section s = new Technology().build(context(units).build());
        assertThat(table(s, "ipc_subclasses").rows()).containsExactly(
                row("B25J", "Manipulators; industrial robots", 7L, 7.0 / 8),
                row("A61K", "Preparations for medical, dental or toilet purposes", 5L, 5.0 / 8),
                row("G05B", "Control or regulating systems in general", 5L, 5.0 / 8),
                row("B23Q", "Details, components or accessories for machine tools", 4L, 4.0 / 8));
        assertThat(table(s, "ipc_groups").rows()).containsExactly(
                row("B25J9", "Programme-controlled manipulators", 6L, 6.0 / 8),
                row("A61K36", "Preparations from algae, fungi or plants (herbal medicines)", 5L, 5.0 / 8),
                row("G05B19", "Programme-control systems (numerical control)", 5L, 5.0 / 8),
                row("B23Q3", "Devices holding, supporting or positioning work or tools", 4L, 4.0 / 8),
                row("B25J15", "Gripping heads", 1L, 1.0 / 8));
    }

    @Test
    void branchTrendsFollowTheFiveLargestGroupsOverEveryYear() {
        Table t = table(new Technology().build(context(units).build()), "branch_trends");
        assertThat(t.columns()).extracting(Column::label)
                .containsExactly("Year", "B25J9", "A61K36", "G05B19", "B23Q3", "B25J15");
        assertThat(t.rows()).containsExactly(
                row(2017, 1L, 1L, 0L, 0L, 0L),
                row(2018, 1L, 1L, 1L, 1L, 0L),
                row(2019, 0L, 1L, 1L, 0L, 0L),
                row(2020, 1L, 1L, 1L, 1L, 0L),
                row(2021, 1L, 1L, 1L, 1L, 0L),
                row(2022, 2L, 0L, 1L, 1L, 0L),
                row(2023, 0L, 0L, 0L, 0L, 0L),
                row(2024, 0L, 0L, 0L, 0L, 1L),
                row(2025, 0L, 0L, 0L, 0L, 0L));
    }

    @Test
    void hotSpotsNeedThreeRecentAndTwoPreviousApplications() {
        // A61K36 (2 recent, 3 previous) and B23Q3 (3 recent, 1 previous) miss a threshold.
        Section s = new Technology().build(context(units).build());
        assertThat(table(s, "hot_spots").rows()).containsExactly(
                row("B25J9", "Programme-controlled manipulators", 4L, 2L, 1.0),
                row("G05B19", "Programme-control systems (numerical control)", 3L, 2L, 0.5));
    }

    @Test
    void gapsAreGroupsWithNoUnitFromTheFocusRegion() {
        // B25J9 and A61K36 have CN-1 from 谯城区, B25J15 has CN-8 from 涡阳县: both inside 亳州市.
        Section s = new Technology().build(context(units).build());
        assertThat(table(s, "gaps").rows()).containsExactly(
                row("G05B19", "Programme-control systems (numerical control)", 5L),
                row("B23Q3", "Devices holding, supporting or positioning work or tools", 4L));
    }

    @Test
    void findingsNameTheBusiestTheFastestAndTheLargestGap() {
        Section s = new Technology().build(context(units).build());
        assertThat(s.findings()).containsExactly(
                "The busiest branch is B25J9 (Programme-controlled manipulators) with 6 applications.",
                "The fastest growing branch is B25J9: 4 applications in the last three complete years against 2 in the three before.",
                "The largest branch with nothing from 亳州市 is G05B19 (5 applications elsewhere).");
    }

    @Test
    void aRegionActiveInEveryBranchHasNoGap() {
        LandscapeContext c = context(
                unit("CN-1").filed(2020).owner("ALPHA", "company", "CN", "341602").ipc("B25J9/16").build(),
                unit("CN-2").filed(2021).owner("BETA", "company", "CN", "440305").ipc("B25J9/08").build())
                .lang("zh").build();
        Section s = new Technology().build(c);
        assertThat(table(s, "gaps").rows()).isEmpty();
        assertThat(table(s, "hot_spots").rows()).isEmpty();
        assertThat(s.findings()).containsExactly("申请最集中的技术分支是B25J9（程序控制的机械手（工业机器人）），共2件。",
                "亳州市在本领域的每个技术分支都有申请。");
    }
}
