package org.patnav.ingest.trademark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.patnav.normalize.RuleFiles;

/**
 * The trademark rule tables: which statuses mean a live mark ({@code trademark-status.tsv}) and how long
 * a registration or renewal lasts ({@code trademark-terms.tsv}, with effective dates). Loaded once on the
 * driver and shipped to the readers in the {@link org.patnav.ingest.IngestContext}, like the other
 * reader tables.
 */
public final class TrademarkRules implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A term rule: registrations (or renewals) from {@code from} last {@code years}, ending on the
     * anniversary or the day before it.
     */
    record Term(String office, LocalDate from, int years, int renewWindowMonths, int graceMonths,
                boolean endsDayBefore) implements Serializable {
    }

    private static final TrademarkRules DEFAULTS = load();

    private final Map<String, Boolean> live;
    private final Map<String, String> meaning;
    private final List<Term> terms;

    private TrademarkRules(Map<String, Boolean> live, Map<String, String> meaning, List<Term> terms) {
        this.live = live;
        this.meaning = meaning;
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
     * What the table says a status means: for US codes the USPTO's description ({@code REGISTERED AND
     * RENEWED}), which the Case Files dataset does not carry; null when the status is not in the table.
     */
    public String meaning(String office, String status) {
        return status == null ? null : meaning.get(office + "\t" + status.strip());
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
        return term(office, start)
                .map(t -> t.endsDayBefore() ? start.plusYears(t.years()).minusDays(1) : start.plusYears(t.years()))
                .orElse(null);
    }

    /**
     * The last day a registration whose term ends on {@code expiry} can still be renewed: the end of the
     * grace period after the term (CN 宽展期 and US grace period: 6 months). Null when no term rule applies.
     */
    public LocalDate graceEnd(String office, LocalDate termStart, LocalDate expiry) {
        if (termStart == null || expiry == null) {
            return null;
        }
        return term(office, termStart).map(t -> expiry.plusMonths(t.graceMonths())).orElse(null);
    }

    private java.util.Optional<Term> term(String office, LocalDate start) {
        return terms.stream().filter(t -> t.office().equals(office) && !start.isBefore(t.from())).findFirst();
    }

    private static TrademarkRules load() {
        Map<String, Boolean> live = new HashMap<>();
        Map<String, String> meaning = new HashMap<>();
        for (RuleFiles.Line l : RuleFiles.resourceLines(TrademarkRules.class, "trademark-status.tsv", 4)) {
            if (!l.cell(2).equals("true") && !l.cell(2).equals("false")) {
                throw l.error("live must be true or false for " + l.cell(0) + " " + l.cell(1));
            }
            if (live.put(l.cell(0) + "\t" + l.cell(1), Boolean.parseBoolean(l.cell(2))) != null) {
                throw l.error(l.cell(0) + " " + l.cell(1) + " is listed twice");
            }
            meaning.put(l.cell(0) + "\t" + l.cell(1), l.cell(3));
        }
        List<Term> terms = new ArrayList<>();
        for (RuleFiles.Line l : RuleFiles.resourceLines(TrademarkRules.class, "trademark-terms.tsv", 6)) {
            if (!l.cell(5).equals("anniversary") && !l.cell(5).equals("day_before")) {
                throw l.error("last_day must be anniversary or day_before: " + l.cell(5));
            }
            terms.add(new Term(l.cell(0), l.date(1), l.integer(2), l.integer(3), l.integer(4),
                    l.cell(5).equals("day_before")));
        }
        return new TrademarkRules(live, meaning, terms);
    }
}
