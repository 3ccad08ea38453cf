package org.patnav.analytics.fees;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.patnav.analytics.PatentTerms;
import org.patnav.analytics.indicators.PatentRef;
import org.patnav.normalize.InputTable;
import org.patnav.normalize.Parsed;

/**
 * Term extensions the bureau records from CNIPA's decisions (no bulk source publishes them):
 * {@code patent,kind,days,decision_date,source} and optional {@code approval_date}, {@code filing_date}.
 * {@code patent} is a CNIPA patent or publication number, matched as the other registers match them
 * ({@link PatentRef}); {@code kind} is {@code patent_term_compensation} (专利法 第四十二条第二款) or
 * {@code drug_term_compensation} (第四十二条第三款).
 *
 * <p>A drug compensation line states the new drug's approval date and the patent's filing date, because the
 * statute caps the compensation by both: at most five years after the statutory term ends, and at most
 * fourteen years of term left after the approval (fee-rules.tsv, CN-42). A line past a cap, a kind PatNav
 * does not know, or a second line of one kind for one patent stops the run naming file and line.
 */
public record TermExtensionRegister(List<Entry> entries) {

    /** One line: the patent as written and the extension it records. */
    public record Entry(PatentRef patent, TermExtension extension) {
    }

    public TermExtensionRegister {
        entries = List.copyOf(entries);
    }

    public static TermExtensionRegister none() {
        return new TermExtensionRegister(List.of());
    }

    public static TermExtensionRegister read(Path file) throws IOException {
        return read(file, FeeRules.defaults(), PatentTerms.defaults());
    }

    static TermExtensionRegister read(Path file, FeeRules rules, PatentTerms terms) throws IOException {
        List<Entry> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (InputTable.Row r : InputTable.read(file, List.of("patent", "kind", "days", "decision_date", "source"))) {
            PatentRef patent = switch (PatentRef.parse(r.get("patent"))) {
                case Parsed.Value<PatentRef> v -> v.value();
                case Parsed.Missing<PatentRef> m -> throw r.error("empty patent");
                case Parsed.Invalid<PatentRef> i -> throw r.error(i.reason());
            };
            TermExtension.Kind kind = kind(r);
            int days = r.integer("days");
            if (days <= 0) {
                throw r.error("days must be positive: " + days);
            }
            LocalDate decided = r.date("decision_date");
            if (decided == null) {
                throw r.error("empty decision_date");
            }
            LocalDate approved = r.date("approval_date");
            LocalDate filed = r.date("filing_date");
            if (kind == TermExtension.Kind.DRUG_TERM_COMPENSATION) {
                checkDrugCaps(r, rules, terms, days, decided, approved, filed);
            }
            Long first = seen.putIfAbsent(patent.key() + "|" + kind, r.line());
            if (first != null) {
                throw r.error("a second " + kind.id() + " for " + patent.written() + " (the first is on line " + first + ")");
            }
            out.add(new Entry(patent, new TermExtension(kind, days, decided, approved, filed, r.get("source"))));
        }
        return new TermExtensionRegister(out);
    }

    private static TermExtension.Kind kind(InputTable.Row r) {
        String id = r.get("kind");
        return Arrays.stream(TermExtension.Kind.values()).filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> r.error("kind '" + id + "' is not one of " + Arrays.stream(TermExtension.Kind.values())
                        .map(TermExtension.Kind::id).collect(Collectors.joining(", "))));
    }

    /**
     * 专利法 第四十二条第三款: the compensation at most five years, the term left after the new drug's approval
     * at most fourteen years; the caps in force on the decision date.
     */
    private static void checkDrugCaps(InputTable.Row r, FeeRules rules, PatentTerms terms, int days, LocalDate decided,
                                      LocalDate approved, LocalDate filed) {
        if (approved == null || filed == null) {
            throw r.error("drug_term_compensation needs approval_date and filing_date: the caps of 专利法 第四十二条第三款"
                    + " are measured from them");
        }
        if (approved.isAfter(decided)) {
            throw r.error("approval_date " + approved + " is after decision_date " + decided);
        }
        LocalDate statutoryEnd = terms.lastDay("CN", "invention", filed, null, null).orElseThrow();
        LocalDate extendedEnd = statutoryEnd.plusDays(days);
        int maxYears = rules.parameter("CN", "drug_compensation_max_years", decided).value();
        if (extendedEnd.isAfter(statutoryEnd.plusYears(maxYears))) {
            throw r.error(days + " days of drug_term_compensation exceed " + maxYears + " years after the term ends on "
                    + statutoryEnd + " (专利法 第四十二条第三款)");
        }
        int totalYears = rules.parameter("CN", "drug_total_term_max_years", decided).value();
        LocalDate cap = approved.plusYears(totalYears).minusDays(1);
        if (extendedEnd.isAfter(cap)) {
            throw r.error("the term would end on " + extendedEnd + ", more than " + totalYears + " years after the approval on "
                    + approved + " (last day allowed " + cap + ", 专利法 第四十二条第三款)");
        }
    }
}
