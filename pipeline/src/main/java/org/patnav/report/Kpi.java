package org.patnav.report;

/**
 * A headline figure (an overview card). {@code id} is the key in {@code report.json}'s {@code kpis};
 * {@code value} a {@code Long}, {@code Integer} (a year), {@code Double} (a share, with
 * {@link Column.Type#PERCENT}) or null when the data cannot say.
 */
public record Kpi(String id, String label, Column.Type type, Object value, String detail) {
}
