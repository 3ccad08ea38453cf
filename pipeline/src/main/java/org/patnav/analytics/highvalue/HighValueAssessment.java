package org.patnav.analytics.highvalue;

import java.util.List;
import java.util.Set;

/**
 * One patent judged on one date.
 *
 * @param counted     a valid domestic invention patent granted by CNIPA: it counts in "valid invention
 *                    patents", and only such a patent can be high-value
 * @param met         the criteria it meets (checked whether or not it is counted, so a lapsed patent's
 *                    drill-down still shows what it had)
 * @param industries  the strategic emerging industries of criterion 1
 * @param explanation why, one line per check
 */
public record HighValueAssessment(String pubId, boolean counted, Set<HighValueCriterion> met,
                                  List<SeiConcordance.Industry> industries, List<String> explanation) {

    public HighValueAssessment {
        met = Set.copyOf(met);
        industries = List.copyOf(industries);
        explanation = List.copyOf(explanation);
    }

    public boolean highValue() {
        return counted && !met.isEmpty();
    }
}
