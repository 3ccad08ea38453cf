package org.patnav.analytics.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How far an indicator is on the way to its target on a date.
 *
 * @param gap       target − value (negative when exceeded)
 * @param share     (value − baseline) / (target − baseline); a missing baseline counts as zero
 * @param projected the value at the end of the target year if it keeps growing at the pace since the
 *                  baseline year's end (null before any time has passed)
 * @param onTrack   reached, or projected to reach, the target by the end of the target year; after the
 *                  target year, whether it was reached
 */
public record TargetProgress(Target target, LocalDate date, BigDecimal value, BigDecimal gap, Double share,
                             BigDecimal projected, boolean onTrack) {

    public static TargetProgress of(Target t, LocalDate date, BigDecimal value) {
        BigDecimal baseline = t.baseline() == null ? BigDecimal.ZERO : t.baseline();
        BigDecimal gap = t.target().subtract(value);
        BigDecimal span = t.target().subtract(baseline);
        Double share = span.signum() == 0 ? null : value.subtract(baseline).doubleValue() / span.doubleValue();
        LocalDate start = LocalDate.of(t.baselineYear(), 12, 31);
        LocalDate end = LocalDate.of(t.targetYear(), 12, 31);
        long elapsed = ChronoUnit.DAYS.between(start, date);
        BigDecimal projected = null;
        if (elapsed > 0) {
            long remaining = Math.max(0, ChronoUnit.DAYS.between(date, end));
            BigDecimal pacePerDay = value.subtract(baseline).divide(BigDecimal.valueOf(elapsed), 12, RoundingMode.HALF_UP);
            projected = value.add(pacePerDay.multiply(BigDecimal.valueOf(remaining)))
                    .setScale(Math.max(2, t.indicator().decimals()), RoundingMode.HALF_UP);
        }
        boolean reached = value.compareTo(t.target()) >= 0;
        boolean onTrack = reached || (!date.isAfter(end) && projected != null && projected.compareTo(t.target()) >= 0);
        return new TargetProgress(t, date, value, gap, share, projected, onTrack);
    }
}
