package org.patnav.analytics.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patnav.analytics.landscape.LandscapeFixture.context;
import static org.patnav.analytics.landscape.LandscapeFixture.row;
import static org.patnav.analytics.landscape.LandscapeFixture.table;
import static org.patnav.analytics.landscape.LandscapeFixture.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patnav.report.Section;

/** Co-applicant pairs, company–university/institute links and inventor team sizes. */
class CollaborationTest {

    private final List<LandscapeUnit> units = List.of(
            unit("CN-1").owner("ALPHA", "company").owner("BETA UNIVERSITY", "university").inventors(3).build(),
            // The same pair named the other way round: one pair, counted once for this unit.
            unit("CN-2").owner("BETA UNIVERSITY", "university").owner("ALPHA", "company").inventors(2).build(),
            unit("CN-3").owner("ALPHA", "company").owner("GAMMA", "company").owner("DELTA INSTITUTE", "research_institute")
                    .inventors(11).build(),
            // Names known but not how many inventors.
            unit("CN-4").owner("GAMMA", "company").owner("EPSILON", "individual").inventors(0).build(),
            unit("CN-5").owner("ALPHA", "company").inventors(1).build(),
            unit("CN-6").owner("ZETA", "company").inventors(5).build(),
            unit("CN-7").owner("ETA UNIVERSITY", "university").inventors(10).build());

    @Test
    void pairsInNameOrderCountedOncePerUnitWithTheirTypes() {
        Section s = new Collaboration().build(context(units).build());
        assertThat(table(s, "co_applicants").rows()).containsExactly(
                row("ALPHA", "BETA UNIVERSITY", "ALPHA — BETA UNIVERSITY", "Company – University", 2L),
                row("ALPHA", "DELTA INSTITUTE", "ALPHA — DELTA INSTITUTE", "Company – Research institute", 1L),
                row("ALPHA", "GAMMA", "ALPHA — GAMMA", "Company – Company", 1L),
                row("DELTA INSTITUTE", "GAMMA", "DELTA INSTITUTE — GAMMA", "Research institute – Company", 1L),
                row("EPSILON", "GAMMA", "EPSILON — GAMMA", "Individual – Company", 1L));
    }

    @Test
    void industryAcademiaLinksJoinACompanyWithAUniversityOrAnInstitute() {
        // Joint: CN-1 to CN-4; a company with a university or institute: CN-1, CN-2, CN-3 (CN-4 joins an individual).
        Section s = new Collaboration().build(context(units).build());
        assertThat(s.findings()).containsExactly(
                "4 applications have several applicants; 3 of them join a company with a university or research institute.");
    }

    @Test
    void teamSizesInFixedBucketsWithTheirUpperBounds() {
        Section s = new Collaboration().build(context(units).build());
        assertThat(table(s, "team_sizes").rows()).containsExactly(
                row("1", 1L),
                row("2", 1L),
                row("3-5", 2L),
                row("6-10", 1L),
                row("11+", 1L),
                row("unknown", 1L));
    }

    @Test
    void noCollaborationStillListsEveryBucket() {
        Section s = new Collaboration().build(context(unit("CN-1").owner("ALPHA", "company").inventors(4).build())
                .lang("zh").build());
        assertThat(table(s, "co_applicants").rows()).isEmpty();
        assertThat(table(s, "team_sizes").rows()).containsExactly(row("1", 0L), row("2", 0L), row("3-5", 1L),
                row("6-10", 0L), row("11+", 0L), row("未知", 0L));
        assertThat(s.findings()).containsExactly("共有0件申请为多个申请人共同提出，其中企业与高校或科研院所合作0件。");
    }
}
