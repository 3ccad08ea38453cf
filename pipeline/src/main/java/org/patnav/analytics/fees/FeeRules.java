package org.patnav.analytics.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.patnav.normalize.RuleFiles;

/**
 * The fee rules of each office as data: parameters ({@code fee-rules.tsv}: grace months, late-fee
 * rates, reductions, ...) and amounts ({@code fee-amounts.tsv}), each row with the date it took effect
 * and the source it comes from. A lookup takes the row in force on a date, so a later schedule never
 * rewrites an earlier deadline.
 */
public final class FeeRules {

    /** A parameter in force from {@code effectiveFrom}, with the key of its source in the file's header. */
    public record Parameter(String office, String rule, LocalDate effectiveFrom, int value, String source) {
    }

    /**
     * An amount: the fee of one kind for patent years (CN annual, EP renewal) or fee stages (US 4/8/12)
     * {@code yearFrom}..{@code yearTo}; {@code amount} is null where the file records the schedule but
     * not its amount ({@code -}).
     */
    public record Amount(String office, String patentType, String fee, int yearFrom, int yearTo, LocalDate effectiveFrom,
                         BigDecimal amount, String currency, String source) {
    }

    /** By office and rule ({@link #key}), latest first: a lookup walks one rule's few rows, not the file's. */
    private final Map<String, List<Parameter>> parameters;
    /** By office and fee, latest first. */
    private final Map<String, List<Amount>> amounts;

    private FeeRules(List<Parameter> parameters, List<Amount> amounts) {
        this.parameters = parameters.stream().sorted(Comparator.comparing(Parameter::effectiveFrom).reversed())
                .collect(Collectors.groupingBy(p -> key(p.office(), p.rule()), Collectors.toList()));
        this.amounts = amounts.stream().sorted(Comparator.comparing(Amount::effectiveFrom).reversed())
                .collect(Collectors.groupingBy(a -> key(a.office(), a.fee()), Collectors.toList()));
    }

    private static String key(String office, String name) {
        return office + "\t" + name;
    }

    /** The rules shipped with PatNav. */
    public static FeeRules defaults() {
        return new FeeRules(parameters(RuleFiles.resourceLines(FeeRules.class, "fee-rules.tsv", 5)),
                amounts(RuleFiles.resourceLines(FeeRules.class, "fee-amounts.tsv", 9)));
    }

    /** The parameter in force on {@code on}; a missing rule is a defect of the rule files, so it throws. */
    public Parameter parameter(String office, String rule, LocalDate on) {
        return find(office, rule, on).orElseThrow(() -> new IllegalStateException(
                "fee-rules.tsv has no " + office + " " + rule + " in force on " + on));
    }

    /** The parameter in force on {@code on}, empty before the rule existed. */
    public Optional<Parameter> find(String office, String rule, LocalDate on) {
        for (Parameter p : parameters.getOrDefault(key(office, rule), List.of())) {
            if (!on.isBefore(p.effectiveFrom())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The schedule row in force on {@code on} for the type (else for every type, {@code *}); empty when no
     * schedule covers the date.
     */
    public Optional<Amount> amount(String office, String patentType, String fee, int year, LocalDate on) {
        List<Amount> rows = amounts.getOrDefault(key(office, fee), List.of());
        for (String type : new String[] {patentType, "*"}) {
            for (Amount a : rows) {
                if (a.patentType().equals(type) && year >= a.yearFrom() && year <= a.yearTo()
                        && !on.isBefore(a.effectiveFrom())) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    private static List<Parameter> parameters(List<RuleFiles.Line> lines) {
        List<Parameter> out = new ArrayList<>();
        for (RuleFiles.Line l : lines) {
            out.add(new Parameter(l.cell(0), l.cell(1), l.date(2), l.integer(3), l.cell(4)));
        }
        return out;
    }

    private static List<Amount> amounts(List<RuleFiles.Line> lines) {
        List<Amount> out = new ArrayList<>();
        for (RuleFiles.Line l : lines) {
            out.add(new Amount(l.cell(0), l.cell(1), l.cell(2), l.integer(3), l.integer(4), l.date(5),
                    l.cell(6).equals("-") ? null : l.decimal(6), l.cell(7), l.cell(8)));
        }
        return out;
    }
}
