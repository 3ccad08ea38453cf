package org.patnav.navigate;

import java.util.Set;

/**
 * How a sector definition does against a labelled set: true positives (labelled and found), false
 * positives (found, labelled otherwise) and false negatives (labelled, not found), counted over the
 * labelled items only.
 */
public record SectorScore(String sector, long truePositives, long falsePositives, long falseNegatives) {

    public static SectorScore of(String sector, Set<String> predicted, Set<String> labelled, Set<String> universe) {
        long tp = predicted.stream().filter(labelled::contains).count();
        long fp = predicted.stream().filter(k -> universe.contains(k) && !labelled.contains(k)).count();
        long fn = labelled.stream().filter(k -> !predicted.contains(k)).count();
        return new SectorScore(sector, tp, fp, fn);
    }

    /** Share of found items that carry the label; 1 when nothing was found (no false claim made). */
    public double precision() {
        long found = truePositives + falsePositives;
        return found == 0 ? 1.0 : truePositives / (double) found;
    }

    /** Share of labelled items found; 1 when nothing carries the label. */
    public double recall() {
        long labelled = truePositives + falseNegatives;
        return labelled == 0 ? 1.0 : truePositives / (double) labelled;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
