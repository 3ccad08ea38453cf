package org.patnav.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.patnav.normalize.RuleFiles;

/**
 * Maximum patent terms by office, patent type and filing date, from {@code patent-terms.tsv} (each
 * row cites its statute there). A later law adds a row with its effective date; it never rewrites the
 * term of earlier filings.
 */
public final class PatentTerms {

    /** One row: applications of this office and type filed on or after {@code filedFrom}. */
    public record Term(String country, String patentType, LocalDate filedFrom, int years, boolean fromGrant) {
    }

    private final List<Term> terms;

    private PatentTerms(List<Term> terms) {
        this.terms = terms.stream()
                .sorted(Comparator.comparing(Term::filedFrom).reversed()).toList();
    }

    public static PatentTerms defaults() {
        List<Term> terms = new ArrayList<>();
        for (RuleFiles.Line l : RuleFiles.resourceLines(PatentTerms.class, "patent-terms.tsv", 5)) {
            if (!(l.cell(4).equals("filing") || l.cell(4).equals("grant"))) {
                throw l.error("expected country, patent_type, filed_from, years, filing|grant");
            }
            terms.add(new Term(l.cell(0), l.cell(1), l.date(2), l.integer(3), l.cell(4).equals("grant")));
        }
        return new PatentTerms(terms);
    }

    /** The term that applies, the office's own before the general row ({@code *}). */
    public Optional<Term> term(String country, String patentType, LocalDate filingDate) {
        if (patentType == null || filingDate == null) {
            return Optional.empty();
        }
        for (String office : new String[] {country, "*"}) {
            for (Term t : terms) {
                if (t.country().equals(office) && t.patentType().equals(patentType) && !filingDate.isBefore(t.filedFrom())) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The last day of protection: the day before the anniversary of the date the term runs from, plus
     * any US term adjustment. Empty when the type has no term here or the needed date is unknown.
     */
    public Optional<LocalDate> lastDay(String country, String patentType, LocalDate filingDate, LocalDate grantDate,
                                       Integer extensionDays) {
        return term(country, patentType, filingDate).flatMap(t -> {
            LocalDate start = t.fromGrant() ? grantDate : filingDate;
            if (start == null) {
                return Optional.empty();
            }
            LocalDate end = start.plusYears(t.years()).minusDays(1);
            return Optional.of(extensionDays == null ? end : end.plusDays(extensionDays));
        });
    }
}
