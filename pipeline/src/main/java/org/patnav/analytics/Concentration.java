package org.patnav.analytics;

import java.util.Collection;
import java.util.List;

/**
 * Market concentration of applicants: CRn (share of the n largest) and the Herfindahl-Hirschman index
 * (sum of squared percentage shares, 0-10,000; the US DOJ/FTC 2023 Merger Guidelines call above 1,800
 * highly concentrated, 1,000-1,800 moderately). Shares are of applications by their first owner, so
 * they add up to one.
 */
public record Concentration(double cr4, double cr8, double hhi, long total) {

    public static Concentration of(Collection<Long> countsPerApplicant) {
        List<Long> sorted = countsPerApplicant.stream().sorted((a, b) -> Long.compare(b, a)).toList();
        long total = sorted.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return new Concentration(0, 0, 0, 0);
        }
        double cr4 = sorted.stream().limit(4).mapToLong(Long::longValue).sum() / (double) total;
        double cr8 = sorted.stream().limit(8).mapToLong(Long::longValue).sum() / (double) total;
        double hhi = sorted.stream().mapToDouble(c -> Math.pow(100.0 * c / total, 2)).sum();
        return new Concentration(cr4, cr8, hhi, total);
    }

    /** low / moderate / high, by the 1,000 and 1,800 thresholds. */
    public String level() {
        return hhi > 1800 ? "high" : hhi >= 1000 ? "moderate" : "low";
    }
}
