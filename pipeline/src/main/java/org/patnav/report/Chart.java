package org.patnav.report;

import java.util.List;

/**
 * A chart drawn from one table: {@code x} is the column of categories (or of x values for
 * {@link Kind#TRAJECTORY}), {@code series} the columns drawn.
 *
 * @param shadeFrom for year axes, the first category of the incomplete period (publication lag),
 *                  shaded with {@code shadeLabel}; null for none
 * @param xMark     for {@link Kind#QUADRANT}, the threshold drawn across the x axis; null for none
 * @param yMark     for {@link Kind#QUADRANT}, the threshold drawn across the y axis; null for none
 */
public record Chart(String id, Kind kind, String tableId, String x, List<String> series, String shadeFrom,
                    String shadeLabel, Double xMark, Double yMark) {

    public enum Kind {
        /** Vertical bars, one group per category (several series side by side). */
        BAR,
        /** Horizontal bars in table order: the ranked bar of applicants, regions, branches. */
        RANKED_BAR,
        /** Lines over years. */
        LINE,
        /** Stacked bars, one stack per category. */
        STACKED_BAR,
        /** Parts of a whole. */
        PIE,
        /**
         * The technology life-cycle trajectory: x = series[0] (applications), y = series[1]
         * (applicants), one point per row joined in row order, labelled with the {@code x} column (the year).
         */
        TRAJECTORY,
        /**
         * A strength × growth quadrant: one labelled point per row (label the {@code x} column), x =
         * series[0], y = series[1], the thresholds {@code xMark} and {@code yMark} drawn as lines.
         */
        QUADRANT,
        /** A matrix: rows the {@code x} column's categories, columns the series, each cell coloured by its value. */
        HEATMAP
    }

    public Chart {
        series = List.copyOf(series);
    }

    public static Chart of(String id, Kind kind, String tableId, String x, String... series) {
        return new Chart(id, kind, tableId, x, List.of(series), null, null, null, null);
    }

    public Chart shaded(String from, String label) {
        return new Chart(id, kind, tableId, x, series, from, label, xMark, yMark);
    }

    /** The quadrant's thresholds: a null one is not drawn. */
    public Chart marked(Double xThreshold, Double yThreshold) {
        return new Chart(id, kind, tableId, x, series, shadeFrom, shadeLabel, xThreshold, yThreshold);
    }
}
