package org.patnav.analytics.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link FeeStatusChange}: the month's ledger changes, one per patent, in the rule's order. */
class FeeStatusChangeTest {

    private static final LocalDate GRANTED = LocalDate.of(2022, 5, 10);

    private static FeeStatusChange.Side side(FeeStatus status, Integer year, LocalDate due, LocalDate grant) {
        return new FeeStatusChange.Side(status, year, due, grant);
    }

    @Test
    void aFeeLeftUnpaidMovesThroughGraceAndRestorationToLapsed() {
        // 实施细则 第一百一十五条: due, then six months of grace; then terminated, restorable (第六条第二款), then lapsed.
        var due = side(FeeStatus.DUE, 5, LocalDate.of(2026, 12, 1), GRANTED);
        var grace = side(FeeStatus.GRACE, 5, LocalDate.of(2026, 12, 1), GRANTED);
        var restorable = side(FeeStatus.RESTORABLE, 5, null, GRANTED);
        var lapsed = side(FeeStatus.LAPSED, null, null, GRANTED);
        assertThat(FeeStatusChange.between(due, grace)).contains(FeeStatusChange.NEWLY_IN_GRACE);
        assertThat(FeeStatusChange.between(grace, restorable)).contains(FeeStatusChange.NEWLY_RESTORABLE);
        assertThat(FeeStatusChange.between(restorable, lapsed)).contains(FeeStatusChange.NEWLY_LAPSED);
        assertThat(FeeStatusChange.between(grace, grace)).isEmpty();
    }

    @Test
    void aFeePaidOpensTheNextYearAndNothingElseIsAChange() {
        var grace = side(FeeStatus.GRACE, 5, LocalDate.of(2026, 6, 1), GRANTED);
        var nextYear = side(FeeStatus.IN_FORCE, 6, LocalDate.of(2027, 6, 1), GRANTED);
        assertThat(FeeStatusChange.between(grace, nextYear)).contains(FeeStatusChange.PAID);
        var stillYearFive = side(FeeStatus.IN_FORCE, 5, LocalDate.of(2026, 6, 1), GRANTED);
        assertThat(FeeStatusChange.between(grace, stillYearFive)).isEmpty();
        assertThat(FeeStatusChange.between(nextYear, nextYear)).isEmpty();
    }

    @Test
    void aGrantIsNewWhenTheEarlierSnapshotHadNoneOrNoPatent() {
        var pending = side(FeeStatus.PENDING, null, null, null);
        var inForce = side(FeeStatus.IN_FORCE, 2, LocalDate.of(2027, 3, 1), GRANTED);
        assertThat(FeeStatusChange.between(pending, inForce)).contains(FeeStatusChange.NEWLY_GRANTED);
        assertThat(FeeStatusChange.between(null, inForce)).contains(FeeStatusChange.NEWLY_GRANTED);
        // A patent first seen already lapsed is not "newly lapsed": it was never seen valid.
        assertThat(FeeStatusChange.between(null, side(FeeStatus.LAPSED, null, null, GRANTED))).isEmpty();
        assertThat(FeeStatusChange.between(side(FeeStatus.EXPIRED, null, null, GRANTED),
                side(FeeStatus.LAPSED, null, null, GRANTED))).isEmpty();
    }
}
