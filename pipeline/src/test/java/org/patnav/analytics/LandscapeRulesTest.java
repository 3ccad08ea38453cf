package org.patnav.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.patnav.RealData;

/** The plain-Java rules behind the landscape report, one boundary at a time. */
class LandscapeRulesTest {

    private static final PatentTerms TERMS = PatentTerms.defaults();

    @Test
    void chineseTermsRunFromFilingAndDesignsGotFifteenYearsFromJune2021() {
        // 专利法 第四十二条 (2020): invention 20, utility model 10, design 15 years from filing; designs
        // filed before 2021-06-01 keep the 10 years of the 2008 law.
        LocalDate filed = LocalDate.of(2016, 7, 1);
        assertThat(TERMS.lastDay("CN", "invention", filed, null, null)).contains(LocalDate.of(2036, 6, 30));
        assertThat(TERMS.lastDay("CN", "utility_model", filed, null, null)).contains(LocalDate.of(2026, 6, 30));
        assertThat(TERMS.lastDay("CN", "design", LocalDate.of(2021, 5, 31), null, null))
                .contains(LocalDate.of(2031, 5, 30));
        assertThat(TERMS.lastDay("CN", "design", LocalDate.of(2021, 6, 1), null, null))
                .contains(LocalDate.of(2036, 5, 31));
    }

    @Test
    void usDesignTermsRunFromGrantAndUtilityTermsAddTheAdjustment() {
        // 35 U.S.C. 173: 15 years from grant for applications filed on or after 2015-05-13, 14 before;
        // 35 U.S.C. 154(a)(2) and (b): 20 years from filing plus the term adjustment.
        LocalDate granted = LocalDate.of(2018, 3, 6);
        assertThat(TERMS.lastDay("US", "design", LocalDate.of(2015, 5, 13), granted, null))
                .contains(LocalDate.of(2033, 3, 5));
        assertThat(TERMS.lastDay("US", "design", LocalDate.of(2015, 5, 12), granted, null))
                .contains(LocalDate.of(2032, 3, 5));
        assertThat(TERMS.lastDay("US", "design", LocalDate.of(2015, 5, 13), null, null)).isEmpty();
        assertThat(TERMS.lastDay("US", "invention", LocalDate.of(2010, 1, 15), granted, 100))
                .contains(LocalDate.of(2030, 1, 14).plusDays(100));
        // Other offices: 20 years from filing (EPC Art. 63(1)).
        assertThat(TERMS.lastDay("EP", "invention", LocalDate.of(2010, 1, 15), null, null))
                .contains(LocalDate.of(2030, 1, 14));
    }

    @Test
    void lifeCycleStagesByTheStatedRule() {
        assertThat(stage(10, 10, 20, 20)).isEqualTo(LifeCycle.Stage.GROWTH);
        assertThat(stage(10, 10, 10, 10)).isEqualTo(LifeCycle.Stage.MATURE);
        assertThat(stage(10, 10, 9, 12)).isEqualTo(LifeCycle.Stage.MATURE);
        assertThat(stage(10, 10, 8, 8)).isEqualTo(LifeCycle.Stage.DECLINE);
        assertThat(stage(2, 2, 10, 10)).isEqualTo(LifeCycle.Stage.EMERGING);
        assertThat(stage(0, 0, 0, 0)).isEqualTo(LifeCycle.Stage.UNKNOWN);
    }

    /** Per-year counts spread evenly over 2011–2015 (earlier window) and 2016–2020 (recent window). */
    private static LifeCycle.Stage stage(long earlierApps, long earlierApplicants, long recentApps, long recentApplicants) {
        TreeMap<Integer, Long> apps = new TreeMap<>();
        TreeMap<Integer, Long> applicants = new TreeMap<>();
        apps.put(2011, earlierApps);
        applicants.put(2011, earlierApplicants);
        apps.put(2020, recentApps);
        applicants.put(2020, recentApplicants);
        apps.put(2010, 1_000L); // outside both windows
        return LifeCycle.read(apps, applicants, 2020).stage();
    }

    @Test
    void concentrationOfFirstOwnerShares() {
        // Four applicants with 40, 30, 20, 10 applications: CR4 = 1, HHI = 1600 + 900 + 400 + 100 = 3000.
        Concentration c = Concentration.of(List.of(10L, 40L, 20L, 30L));
        assertThat(c.cr4()).isEqualTo(1.0);
        assertThat(c.hhi()).isEqualTo(3000.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.level()).isEqualTo("high");
        assertThat(Concentration.of(List.of(1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L)).level()).isEqualTo("low");
        assertThat(Concentration.of(List.of()).hhi()).isZero();
    }

    @Test
    void ipcTitlesBundledInBothLanguagesAndTheRealSchemeInEnglish() throws IOException {
        IpcTitles bundled = IpcTitles.bundled();
        assertThat(bundled.title("B25J9", "zh")).contains("程序控制的机械手（工业机器人）");
        assertThat(bundled.title("B25J9", "en")).contains("Programme-controlled manipulators");
        assertThat(bundled.title("A01B1", "en")).isEmpty();

        IpcTitles scheme = IpcTitles.withScheme(RealData.path("ref-ipc/ipc8-2006-core-en-json"));
        assertThat(scheme.title("A01B1", "en")).contains("Hand tools");
        assertThat(scheme.title("A01B", "zh")).get().asString().startsWith("SOIL WORKING");
        // The bundled short title wins over the scheme's.
        assertThat(scheme.title("B25J9", "en")).contains("Programme-controlled manipulators");
    }
}
