package org.patnav.analytics.fees;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What changed for one patent between two assessments (the month's ledger the bureau reviews: 有效发明专利流失台账
 * 的月度变化): the earlier one on an earlier snapshot as of its date, the later one on the current snapshot as of
 * the watchlist's date. One change per patent, the first of this order that applies:
 * <ol>
 *   <li>{@link #NEWLY_LAPSED}: lapsed now, and was not lapsed or expired before (a right lost);</li>
 *   <li>{@link #NEWLY_RESTORABLE}: restorable now and not before (ended for an unpaid fee, restoration still open:
 *       专利法实施细则 2023 text 第六条第二款);</li>
 *   <li>{@link #NEWLY_IN_GRACE}: in grace now and not before (the fee's due date passed, payable with 滞纳金 for six
 *       months: 实施细则 2023 text 第一百一十五条);</li>
 *   <li>{@link #PAID}: a fee open before (due, in grace or restorable) is paid: in force or due now, for a later fee
 *       year or with a later due date;</li>
 *   <li>{@link #NEWLY_GRANTED}: granted and valid now, not granted before (pending, or not in the earlier
 *       snapshot).</li>
 * </ol>
 * The statuses are {@link FeeStatusEngine}'s; this rule only compares them, so "valid" keeps its one definition.
 * The articles are those of the CN regime ({@code CnAnnualFees}); US and EP statuses compare the same way.
 */
public enum FeeStatusChange {
    NEWLY_LAPSED,
    NEWLY_RESTORABLE,
    NEWLY_IN_GRACE,
    PAID,
    NEWLY_GRANTED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** One side of the comparison: the status and, when a fee is open or next, its year and due date. */
    public record Side(FeeStatus status, Integer feeYear, LocalDate nextDue, LocalDate grantDate) {
    }

    /**
     * @param before the earlier assessment, or null when the patent was not in the earlier snapshot
     * @param after  the current assessment
     */
    public static Optional<FeeStatusChange> between(Side before, Side after) {
        FeeStatus was = before == null ? null : before.status();
        FeeStatus now = after.status();
        if (now == FeeStatus.LAPSED && was != FeeStatus.LAPSED && was != FeeStatus.EXPIRED && was != null) {
            return Optional.of(NEWLY_LAPSED);
        }
        if (now == FeeStatus.RESTORABLE && was != FeeStatus.RESTORABLE) {
            return Optional.of(NEWLY_RESTORABLE);
        }
        if (now == FeeStatus.GRACE && was != FeeStatus.GRACE) {
            return Optional.of(NEWLY_IN_GRACE);
        }
        if (was != null && (was == FeeStatus.DUE || was == FeeStatus.GRACE || was == FeeStatus.RESTORABLE)
                && (now == FeeStatus.IN_FORCE || now == FeeStatus.DUE) && later(before, after)) {
            return Optional.of(PAID);
        }
        if (now.valid() && after.grantDate() != null && (before == null || before.grantDate() == null)) {
            return Optional.of(NEWLY_GRANTED);
        }
        return Optional.empty();
    }

    /** Whether the fee open now is a later one than the fee open before. */
    private static boolean later(Side before, Side after) {
        if (before.feeYear() != null && after.feeYear() != null) {
            return after.feeYear() > before.feeYear();
        }
        return before.nextDue() != null && after.nextDue() != null && after.nextDue().isAfter(before.nextDue());
    }
}
