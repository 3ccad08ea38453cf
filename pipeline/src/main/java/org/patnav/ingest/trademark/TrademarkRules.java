package org.patnav.ingest.trademark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.patnav.normalize.RuleFiles;

/**
 * The trademark rule tables: which statuses mean a live mark ({@code trademark-status.tsv}) and how long
 * a registration or renewal lasts ({@code trademark-terms.tsv}, with effective dates).
 */
public final class TrademarkRules {

    /**
     * A term rule: registrations (or renewals) from {@code from} last {@code years}, ending on the
     * anniversary or the day before it.
     */
    record Term(String office, LocalDate from, int years, boolean endsDayBefore) {
    }

    private static final TrademarkRules DEFAULTS = load();

    private final Map<String, Boolean> live;
    private final List<Term> terms;

    private TrademarkRules(Map<String, Boolean> live, List<Term> terms) {
        this.live = live;
        this.terms = terms.stream().sorted(Comparator.comparing(Term::from).reversed()).toList();
    }

    public static TrademarkRules defaults() {
        return DEFAULTS;
    }

    /** Live (true) or dead (false) by the status table; null when the status is not in it. */
    public Boolean live(String office, String status) {
        return status == null ? null : live.get(office + "\t" + status.strip());
    }

    /**
     * The last day of the current term: from the latest renewal (which starts a new term) or else the
     * registration, the term in force then, ending as the office counts it. Null for a mark not registered.
     */
    public LocalDate expiry(String office, LocalDate registered, LocalDate renewed) {
        LocalDate start = renewed != null ? renewed : registered;
        if (start == null) {
            return null;
        }
        return terms.stream().filter(t -> t.office().equals(office) && !start.isBefore(t.from())).findFirst()
                .map(t -> t.endsDayBefore() ? start.plusYears(t.years()).minusDays(1) : start.plusYears(t.years()))
                .orElse(null);
    }

    private static TrademarkRules load() {
        Map<String, Boolean> live = new HashMap<>();
        for (RuleFiles.Line l : RuleFiles.resourceLines(TrademarkRules.class, "trademark-status.tsv", 4)) {
            if (!l.cell(2).equals("true") && !l.cell(2).equals("false")) {
                throw l.error("live must be true or false for " + l.cell(0) + " " + l.cell(1));
            }
            if (live.put(l.cell(0) + "\t" + l.cell(1), Boolean.parseBoolean(l.cell(2))) != null) {
                throw l.error(l.cell(0) + " " + l.cell(1) + " is listed twice");
            }
        }
        List<Term> terms = new ArrayList<>();
        for (RuleFiles.Line l : RuleFiles.resourceLines(TrademarkRules.class, "trademark-terms.tsv", 6)) {
            if (!l.cell(5).equals("anniversary") && !l.cell(5).equals("day_before")) {
                throw l.error("last_day must be anniversary or day_before: " + l.cell(5));
            }
            terms.add(new Term(l.cell(0), l.date(1), l.integer(2), l.cell(5).equals("day_before")));
        }
        return new TrademarkRules(live, terms);
    }
}
