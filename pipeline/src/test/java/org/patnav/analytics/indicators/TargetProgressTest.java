package org.patnav.analytics.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TargetProgressTest {

    private static final Target PER_10K = new Target(Indicator.HIGH_VALUE_PER_10K, "341600", 2020, new BigDecimal("0.75"),
            2025, new BigDecimal("2"), "plan");

    @Test
    void halfwayInTimeAndHalfwayInValueIsOnTrack() {
        // 2020-12-31 to 2023-07-02 is 913 days, to 2025-12-31 another 913: half the way in time.
        TargetProgress p = TargetProgress.of(PER_10K, LocalDate.of(2023, 7, 2), new BigDecimal("1.375"));
        assertThat(p.share()).isEqualTo(0.5);
        assertThat(p.gap()).isEqualByComparingTo("0.625");
        assertThat(p.projected()).isEqualByComparingTo("2.00");
        assertThat(p.onTrack()).isTrue();
    }

    @Test
    void slowerThanThePaceIsOffTrackAndAfterTheTargetYearOnlyTheValueCounts() {
        TargetProgress slow = TargetProgress.of(PER_10K, LocalDate.of(2023, 7, 2), new BigDecimal("1.2"));
        assertThat(slow.onTrack()).isFalse();
        assertThat(slow.projected()).isEqualByComparingTo("1.65");
        assertThat(TargetProgress.of(PER_10K, LocalDate.of(2026, 11, 24), new BigDecimal("1.99")).onTrack()).isFalse();
        assertThat(TargetProgress.of(PER_10K, LocalDate.of(2026, 11, 24), new BigDecimal("2.01")).onTrack()).isTrue();
    }

    @Test
    void aMissingBaselineCountsAsZero() {
        Target licences = new Target(Indicator.OPEN_LICENCES, "341600", 2020, null, 2025, new BigDecimal("200"), "plan");
        TargetProgress p = TargetProgress.of(licences, LocalDate.of(2023, 7, 2), new BigDecimal("50"));
        assertThat(p.share()).isEqualTo(0.25);
        assertThat(p.onTrack()).isFalse();
    }
}
