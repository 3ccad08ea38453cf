package org.patnav.analytics;

import java.util.Locale;
import java.util.SortedMap;

/**
 * The technology life-cycle stage a sector's recent years suggest, by the classic reading of the
 * applicants-vs-applications trajectory (Ernst 1997, "The use of patent data for technological
 * forecasting: the diffusion of CNC-technology in the machine tool industry"; the 专利技术生命周期
 * method of CNIPA's 专利导航指南 GB/T 39551-2020 practice). Two windows of five complete years are
 * compared: the latest ({@code recent}) and the five before ({@code earlier}).
 *
 * <ul>
 *   <li>emerging: the earlier window holds less than a quarter of the recent one's applications (the
 *       field has only just started);</li>
 *   <li>growth: applications and applicants both rose by at least 10%;</li>
 *   <li>mature: applications held (at least 90% of the earlier window) while applicants did not grow by
 *       10% (the field concentrates on fewer players);</li>
 *   <li>decline: applications fell below 90% of the earlier window.</li>
 * </ul>
 */
public final class LifeCycle {

    public enum Stage {
        EMERGING, GROWTH, MATURE, DECLINE, UNKNOWN;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final int WINDOW = 5;
    static final double EMERGING_SHARE = 0.25;
    static final double GROWTH = 1.10;
    static final double HOLD = 0.90;

    /** The windows' sums and the stage they suggest. */
    public record Reading(Stage stage, int lastYear, long earlierApplications, long recentApplications,
                          long earlierApplicants, long recentApplicants) {
    }

    private LifeCycle() {
    }

    /**
     * @param applications per filing year
     * @param applicants   distinct applicants filing per year, summed over the window's years
     * @param lastYear     the last complete year (publication lag excluded)
     */
    public static Reading read(SortedMap<Integer, Long> applications, SortedMap<Integer, Long> applicants, int lastYear) {
        long ra = sum(applications, lastYear - WINDOW + 1, lastYear);
        long ea = sum(applications, lastYear - 2 * WINDOW + 1, lastYear - WINDOW);
        long rp = sum(applicants, lastYear - WINDOW + 1, lastYear);
        long ep = sum(applicants, lastYear - 2 * WINDOW + 1, lastYear - WINDOW);
        Stage stage;
        if (ra == 0 && ea == 0) {
            stage = Stage.UNKNOWN;
        } else if (ea < EMERGING_SHARE * ra) {
            stage = Stage.EMERGING;
        } else if (ra >= GROWTH * ea && rp >= GROWTH * ep) {
            stage = Stage.GROWTH;
        } else if (ra >= HOLD * ea) {
            stage = Stage.MATURE;
        } else {
            stage = Stage.DECLINE;
        }
        return new Reading(stage, lastYear, ea, ra, ep, rp);
    }

    private static long sum(SortedMap<Integer, Long> perYear, int from, int to) {
        return perYear.subMap(from, to + 1).values().stream().mapToLong(Long::longValue).sum();
    }
}
