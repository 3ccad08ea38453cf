package org.patnav.analytics.fees;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

    private final List<Parameter> parameters;
    private final List<Amount> amounts;

    private FeeRules(List<Parameter> parameters, List<Amount> amounts) {
        this.parameters = parameters.stream().sorted(Comparator.comparing(Parameter::effectiveFrom).reversed()).toList();
        this.amounts = amounts.stream().sorted(Comparator.comparing(Amount::effectiveFrom).reversed()).toList();
    }

    /** The rules shipped with PatNav. */
    public static FeeRules defaults() {
        try (InputStream p = FeeRules.class.getResourceAsStream("fee-rules.tsv");
             InputStream a = FeeRules.class.getResourceAsStream("fee-amounts.tsv")) {
            return new FeeRules(readParameters(p), readAmounts(a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parameter in force on {@code on}; a missing rule is a defect of the rule files, so it throws. */
    public Parameter parameter(String office, String rule, LocalDate on) {
        return find(office, rule, on).orElseThrow(() -> new IllegalStateException(
                "fee-rules.tsv has no " + office + " " + rule + " in force on " + on));
    }

    /** The parameter in force on {@code on}, empty before the rule existed. */
    public Optional<Parameter> find(String office, String rule, LocalDate on) {
        return parameters.stream().filter(p -> p.office().equals(office) && p.rule().equals(rule)
                && !on.isBefore(p.effectiveFrom())).findFirst();
    }

    /**
     * The schedule row in force on {@code on} for the type (else for every type, {@code *}); empty when no
     * schedule covers the date.
     */
    public Optional<Amount> amount(String office, String patentType, String fee, int year, LocalDate on) {
        for (String type : new String[] {patentType, "*"}) {
            Optional<Amount> hit = amounts.stream().filter(a -> a.office().equals(office) && a.patentType().equals(type)
                    && a.fee().equals(fee) && year >= a.yearFrom() && year <= a.yearTo()
                    && !on.isBefore(a.effectiveFrom())).findFirst();
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    static List<Parameter> readParameters(InputStream in) throws IOException {
        List<Parameter> out = new ArrayList<>();
        for (Line l : lines(in, "fee-rules.tsv", 5)) {
            out.add(new Parameter(l.f[0], l.f[1], l.date(2), l.integer(3), l.f[4]));
        }
        return out;
    }

    static List<Amount> readAmounts(InputStream in) throws IOException {
        List<Amount> out = new ArrayList<>();
        for (Line l : lines(in, "fee-amounts.tsv", 9)) {
            out.add(new Amount(l.f[0], l.f[1], l.f[2], l.integer(3), l.integer(4), l.date(5),
                    l.f[6].equals("-") ? null : l.decimal(6), l.f[7], l.f[8]));
        }
        return out;
    }

    /** A data line of a rule file, with its number for error messages. */
    record Line(String file, int number, String[] f) {

        LocalDate date(int i) throws IOException {
            try {
                return LocalDate.parse(f[i]);
            } catch (RuntimeException e) {
                throw error("column " + (i + 1) + " is not a date (YYYY-MM-DD): '" + f[i] + "'");
            }
        }

        int integer(int i) throws IOException {
            try {
                return Integer.parseInt(f[i]);
            } catch (NumberFormatException e) {
                throw error("column " + (i + 1) + " is not a whole number: '" + f[i] + "'");
            }
        }

        BigDecimal decimal(int i) throws IOException {
            try {
                return new BigDecimal(f[i]);
            } catch (NumberFormatException e) {
                throw error("column " + (i + 1) + " is not an amount: '" + f[i] + "'");
            }
        }

        IOException error(String what) {
            return new IOException(file + " line " + number + ": " + what);
        }
    }

    /** The data lines of a tab-separated rule file: {@code #} comments and blank lines skipped. */
    static List<Line> lines(InputStream in, String file, int columns) throws IOException {
        if (in == null) {
            throw new IOException(file + " is missing from the classpath");
        }
        List<Line> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != columns) {
                throw new IOException(file + " line " + n + ": expected " + columns + " tab-separated columns, found " + f.length);
            }
            out.add(new Line(file, n, f));
        }
        return out;
    }
}
