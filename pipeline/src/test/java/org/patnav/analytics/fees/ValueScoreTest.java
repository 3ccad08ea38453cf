package org.patnav.analytics.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The watchlist's value score by the weights of value-score.tsv (PatNav's stated choice): each signal
 * scaled to 0-1 at its full_at value and weighted; "high value" is the CNIPA classifier's verdict, passed in.
 */
class ValueScoreTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private final ValueScore score = ValueScore.defaults();

    @Test
    void everySignalAtItsFullValueScoresOneHundred() {
        assertThat(score.score(AS_OF, AS_OF.plusYears(20), 10, 5, 20, true, true)).isEqualTo(100.0);
    }

    @Test
    void signalsScaleLinearlyUpToTheirFullValue() {
        // 10 years left of 20 (15 of 30), 5 citations of 10 (12.5 of 25), alone (0), 10 claims of 20 (5 of 10).
        assertThat(score.score(AS_OF, AS_OF.plusDays(3653), 5, 1, 10, false, false)).isEqualTo(32.5);
        // Past its term end, no remaining life counts; citations beyond full_at count in full.
        assertThat(score.score(AS_OF, AS_OF.minusDays(1), 30, 1, null, false, false)).isEqualTo(25.0);
    }

    @Test
    void theCnipaHighValueVerdictAndSectorMembershipAddTheirWeights() {
        double base = score.score(AS_OF, null, 0, 1, null, false, false);
        assertThat(score.score(AS_OF, null, 0, 1, null, false, true)).isEqualTo(base + 10);
        assertThat(score.score(AS_OF, null, 0, 1, null, true, false)).isEqualTo(base + 10);
    }
}
