package org.patnav.analytics.highvalue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CNIPA's high-value invention patents: a valid domestic invention patent granted by CNIPA that meets
 * any criterion in use (see {@link HighValueCriterion}, {@code high-value-rules.tsv}). "Valid" is the
 * fee engine's status on the date; "domestic" is the first current owner's country: China, not Hong
 * Kong, Macao or Taiwan (a patent with no owner country counts as domestic only when its owner's
 * address resolves to a Chinese division).
 */
public final class HighValueClassifier {

    /** Mainland China and the regions PatNav keeps apart from it; {@code domestic_excludes} narrows them. */
    private static final Set<String> CHINESE = Set.of("CN", "HK", "MO", "TW");

    private final HighValueRules rules;
    private final SeiConcordance concordance;

    public HighValueClassifier(HighValueRules rules, SeiConcordance concordance) {
        this.rules = rules;
        this.concordance = concordance;
    }

    /** The classifier of the shipped rules in force on {@code date} and the shipped concordance. */
    public static HighValueClassifier defaults(LocalDate date) {
        return new HighValueClassifier(HighValueRules.defaults(date), SeiConcordance.defaults());
    }

    /**
     * Whether the patent is a CNIPA high-value invention patent on the date: {@code assess(p, date).highValue()},
     * for a caller that counts many patents and shows no reasons. A patent that cannot count (not a valid
     * domestic CNIPA invention) is answered without judging the criteria and wording the reasons.
     */
    public boolean isHighValue(HighValueCandidate p, LocalDate date) {
        return counts(p) && assess(p, date).highValue();
    }

    /** The conditions for a patent to count at all: a valid CNIPA invention patent of a domestic owner. */
    private boolean counts(HighValueCandidate p) {
        return "CN".equals(p.office()) && "invention".equals(p.patentType()) && p.status() != null
                && p.status().valid() && domestic(p);
    }

    public HighValueAssessment assess(HighValueCandidate p, LocalDate date) {
        List<String> why = new ArrayList<>();
        boolean cn = "CN".equals(p.office());
        boolean invention = "invention".equals(p.patentType());
        boolean valid = p.status() != null && p.status().valid();
        boolean domestic = domestic(p);
        why.add("office " + p.office() + (cn ? "" : " (not CNIPA: not counted)"));
        why.add("type " + p.patentType() + (invention ? "" : " (not an invention patent: not counted)"));
        why.add("fee status on " + date + ": " + (p.status() == null ? "unknown" : p.status().id())
                + (valid ? " (valid)" : " (not valid: not counted)"));
        why.add("first owner " + (p.ownerCountry() == null ? "country unknown" : p.ownerCountry())
                + (p.ownerRegion() == null ? "" : ", region " + p.ownerRegion())
                + (domestic ? " (domestic)" : " (not domestic: not counted)"));

        Set<HighValueCriterion> met = EnumSet.noneOf(HighValueCriterion.class);
        List<SeiConcordance.Industry> industries = List.of();
        if (rules.criteria().contains(HighValueCriterion.SEI_INDUSTRY)) {
            industries = concordance.industriesOf(p.ipc(), p.text(), date);
            if (!industries.isEmpty()) {
                met.add(HighValueCriterion.SEI_INDUSTRY);
            }
            why.add("1 strategic emerging industry: " + (industries.isEmpty() ? "no (IPC " + p.ipc() + ")"
                    : industries.stream().map(i -> i.code() + " " + i.name()).collect(Collectors.joining("; "))));
        }
        if (rules.criteria().contains(HighValueCriterion.FAMILY_GRANTED_ABROAD)) {
            List<HighValueCandidate.Grant> abroad = p.familyGrants().stream()
                    .filter(g -> g.grantDate() != null && !g.grantDate().isAfter(date))
                    .filter(g -> g.office() != null && !rules.officesNotAbroad().contains(g.office())).toList();
            if (!abroad.isEmpty()) {
                met.add(HighValueCriterion.FAMILY_GRANTED_ABROAD);
            }
            why.add("2 family member granted abroad: " + (abroad.isEmpty() ? "no"
                    : abroad.stream().map(g -> g.pubId() + " granted " + g.grantDate()).collect(Collectors.joining("; "))));
        }
        if (rules.criteria().contains(HighValueCriterion.MAINTAINED_OVER_YEARS)) {
            LocalDate threshold = p.filingDate() == null ? null : p.filingDate().plusYears(rules.maintainedYears());
            boolean maintained = valid && threshold != null && date.isAfter(threshold);
            if (maintained) {
                met.add(HighValueCriterion.MAINTAINED_OVER_YEARS);
            }
            why.add("3 maintained more than " + rules.maintainedYears() + " years: " + (maintained ? "yes" : "no")
                    + (threshold == null ? " (no filing date)" : " (filed " + p.filingDate() + ", " + rules.maintainedYears()
                    + " years on " + threshold + (valid ? "" : ", not valid on the date") + ")"));
        }
        if (rules.criteria().contains(HighValueCriterion.PLEDGE_FINANCING)) {
            List<HighValueCandidate.Pledge> high = p.pledges().stream()
                    .filter(x -> !x.registered().isAfter(date) && x.amountYuan().compareTo(rules.pledgeThresholdYuan()) >= 0)
                    .toList();
            if (!high.isEmpty()) {
                met.add(HighValueCriterion.PLEDGE_FINANCING);
            }
            why.add("4 pledge financing of at least " + rules.pledgeThresholdYuan().toPlainString() + " yuan: "
                    + (high.isEmpty() ? "no" + (p.pledges().isEmpty() ? "" : " (" + p.pledges().size() + " smaller or later)")
                    : high.stream().map(x -> x.registrationNo() + " " + x.registered() + " " + x.amountYuan().toPlainString())
                    .collect(Collectors.joining("; "))));
        }
        if (rules.criteria().contains(HighValueCriterion.AWARD)) {
            List<HighValueCandidate.Award> won = p.awards().stream().filter(a -> a.year() <= date.getYear()).toList();
            if (!won.isEmpty()) {
                met.add(HighValueCriterion.AWARD);
            }
            why.add("5 national S&T award or China Patent Award: " + (won.isEmpty() ? "no"
                    : won.stream().map(a -> a.year() + " " + a.name()).collect(Collectors.joining("; "))));
        }
        return new HighValueAssessment(p.pubId(), counts(p), met, industries, why);
    }

    private boolean domestic(HighValueCandidate p) {
        if (p.ownerCountry() == null) {
            return p.ownerRegion() != null;
        }
        return CHINESE.contains(p.ownerCountry()) && !rules.domesticExcludes().contains(p.ownerCountry());
    }
}
