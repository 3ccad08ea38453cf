package org.patnav.analytics.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.patnav.normalize.RuleFiles;

/**
 * The stated value score of the watchlist (0-100), from the weights in {@code value-score.tsv}: remaining
 * life, forward citations, family offices, claims, sector membership and whether the patent is a CNIPA
 * high-value invention patent (judged by {@code HighValueClassifier}, as everywhere PatNav says 高价值).
 */
public final class ValueScore {

    /** One signal: its weight and the value at which it counts in full. */
    record Signal(int weight, double fullAt) {
    }

    private final Map<String, Signal> signals;

    private ValueScore(Map<String, Signal> signals) {
        this.signals = signals;
        int total = signals.values().stream().mapToInt(Signal::weight).sum();
        if (total != 100) {
            throw new IllegalStateException("value-score.tsv weights add up to " + total + ", not 100");
        }
    }

    public static ValueScore defaults() {
        Map<String, Signal> signals = new LinkedHashMap<>();
        for (RuleFiles.Line l : RuleFiles.resourceLines(ValueScore.class, "value-score.tsv", 4)) {
            signals.put(l.cell(0), new Signal(l.integer(1), Double.parseDouble(l.cell(2))));
        }
        for (String s : new String[] {"remaining_life", "forward_citations", "family_offices", "claims", "sector", "high_value"}) {
            if (!signals.containsKey(s)) {
                throw new IllegalStateException("value-score.tsv has no signal " + s);
            }
        }
        return new ValueScore(signals);
    }

    /**
     * @param termEnd       last day of the term (null: no remaining life counted)
     * @param citedBy       forward citations within the warehouse
     * @param familyOffices offices of the simple family, this one included (1 when alone)
     * @param claims        number of claims, null when unknown
     * @param inSector      member of a navigated sector
     * @param highValue     a CNIPA high-value invention patent on the date ({@code HighValueClassifier})
     */
    public double score(LocalDate asOf, LocalDate termEnd, long citedBy, long familyOffices, Integer claims,
                        boolean inSector, boolean highValue) {
        double remaining = termEnd == null || termEnd.isBefore(asOf) ? 0 : ChronoUnit.DAYS.between(asOf, termEnd) / 365.25;
        double sum = part("remaining_life", remaining) + part("forward_citations", citedBy)
                + part("family_offices", Math.max(0, familyOffices - 1)) + part("claims", claims == null ? 0 : claims)
                + part("sector", inSector ? 1 : 0) + part("high_value", highValue ? 1 : 0);
        return BigDecimal.valueOf(sum).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private double part(String signal, double value) {
        Signal s = signals.get(signal);
        return s.weight() * Math.min(1.0, value / s.fullAt());
    }
}
