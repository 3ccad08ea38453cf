package org.patnav.analytics.highvalue;

import java.util.Locale;

/** The five criteria of CNIPA's high-value invention patents, in the order the definition lists them. */
public enum HighValueCriterion {
    /** In a strategic emerging industry, by the IPC concordance ({@code sei-ipc-concordance.tsv}). */
    SEI_INDUSTRY,
    /** A member of its simple family is granted by an office abroad. */
    FAMILY_GRANTED_ABROAD,
    /** Valid and more than {@code maintained_years} past its filing date. */
    MAINTAINED_OVER_YEARS,
    /** Named in a registered pledge contract of at least {@code pledge_threshold} yuan. */
    PLEDGE_FINANCING,
    /** Won a national science and technology award or the China Patent Award (an input list). */
    AWARD;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HighValueCriterion ofId(String id) {
        for (HighValueCriterion c : values()) {
            if (c.id().equals(id.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown high-value criterion '" + id + "' (expected one of "
                + java.util.Arrays.stream(values()).map(HighValueCriterion::id).toList() + ")");
    }
}
