package org.patnav.index;

import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param total  the exact number of matching publications
 * @param facets per requested dimension, the top values with their counts
 */
public record SearchResult(String query, long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    /** One publication: its id, display title, owner, filing date, score and a highlighted passage. */
    public record Hit(String pubId, String applicationId, String title, String firstApplicant, String filingDate,
                      float score, String snippet) {
    }

    public record FacetCount(String value, long count) {
    }
}
