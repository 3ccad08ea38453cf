package org.patnav.analytics.fees;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import org.patnav.analytics.PatentTerms;
import org.patnav.analytics.fees.Deadlines.Deadline;

/**
 * CNIPA annual fees (年费). Patent years run from the filing date; the fee of the grant year is paid with
 * the grant formalities, each later year's fee falls due on the filing-date anniversary that opens the
 * year (缴费期限届满日 = 申请日在该年的相应日). Unpaid, it may be paid within 6 months with a late fee;
 * unpaid after that, the patent terminates as of the due date (未缴年费专利权终止, 专利法实施细则 2010 text
 * 第九十八条, 2023 text 第一百一十五条); restoration is possible within 2 months of the termination notice
 * (第六条第二款 in both texts). Parameters and amounts are in the rule files, with their sources.
 */
final class CnAnnualFees extends FeeRegime {

    private static final String CN = "CN";

    private final PatentTerms terms;

    /**
     * The provisions of 专利法实施细则 this regime applies, with their article numbers in the 2010 text and
     * in the 2023 text (《国务院关于修改〈中华人民共和国专利法实施细则〉的决定》 of 2023-12-11, in force
     * 2024-01-20). The 2023 revision renumbered them without changing their periods or rates.
     */
    private enum Provision {
        /** The fee of the grant year is paid with the grant formalities. */
        GRANT_YEAR_FEE("第九十七条", "第一百一十四条"),
        /** Later fees due before the previous year ends; 6 months with 滞纳金 of 5% per month; then termination. */
        ANNUAL_FEE("第九十八条", "第一百一十五条"),
        /** A notice sent by post is presumed received 15 days after it was sent. */
        NOTICE_RECEIPT("第四条第三款", "第四条第四款"),
        /** Restoration of rights within 2 months of receiving CNIPA's notice (other legitimate reasons). */
        RESTORATION("第六条第二款", "第六条第二款");

        private final String text2010;
        private final String text2023;

        Provision(String text2010, String text2023) {
            this.text2010 = text2010;
            this.text2023 = text2023;
        }
    }

    /**
     * The citation of {@code p} in the text of 专利法实施细则 in force on {@code on}, as fee-rules.tsv says
     * ({@code implementing_rules_text}: 2010, applied to earlier dates too, then 2023 from 2024-01-20).
     */
    private String citation(Provision p, LocalDate on) {
        int text = rules.parameter(CN, "implementing_rules_text", on).value();
        return "专利法实施细则 (" + text + ") " + switch (text) {
            case 2010 -> p.text2010;
            case 2023 -> p.text2023;
            default -> throw new IllegalStateException("fee-rules.tsv names a text of 专利法实施细则 PatNav has no "
                    + "article numbers for: " + text);
        };
    }

    /** The citation of {@code p} for deadlines from {@code first} to {@code last}: one text, or both and when. */
    private String citation(Provision p, LocalDate first, LocalDate last) {
        String early = citation(p, first);
        String late = citation(p, last);
        if (early.equals(late)) {
            return early;
        }
        LocalDate from = rules.parameter(CN, "implementing_rules_text", last).effectiveFrom();
        return early + " for deadlines before " + from + ", " + late + " from then";
    }

    CnAnnualFees(FeeRules rules, Deadlines deadlines, PatentTerms terms) {
        super(rules, deadlines, false);
        this.terms = terms;
    }

    @Override
    public List<Instalment> instalments(FeeSubject s, LocalDate termEnd, List<String> why) {
        LocalDate filing = s.filingDate();
        int grantYear = grantYear(s);
        int years = (int) ChronoUnit.YEARS.between(filing, termEnd.plusDays(1));
        LocalDate grant = s.grantDate();
        why.add("CN annual fees: patent years from the filing date " + filing + "; the grant (" + grant
                + ") falls in year " + grantYear + ", whose fee is paid with the grant formalities ("
                + citation(Provision.GRANT_YEAR_FEE, grant) + "); years " + (grantYear + 1) + "-" + years
                + " fall due on the filing-date anniversaries (" + citation(Provision.ANNUAL_FEE,
                filing.plusYears(grantYear), filing.plusYears(years - 1)) + ")");
        int statutory = statutoryYears(s);
        if (years > statutory) {
            why.add("years " + (statutory + 1) + "-" + years + " are years of term compensation (专利权补偿期年费);"
                    + " a part year after them owes no fee (fee-amounts.tsv, CN-594)");
        }
        LocalDate lastYearEnd = filing.plusYears(years).minusDays(1);
        if (termEnd.isAfter(lastYearEnd) && termEnd.isAfter(statutoryEnd(s))) {
            why.add("the " + ChronoUnit.DAYS.between(lastYearEnd, termEnd) + " days of term compensation after year " + years
                    + " are less than a year: no fee for them (fee-amounts.tsv, CN-594)");
        }
        // Built as read: a patent's standing is decided by its first fee not yet past grace (or the one a
        // lapse concerns), so the later years of a 20-year schedule are mostly never looked at.
        return new LazySchedule(grantYear + 1, years, statutory, s.reduction() != FeeSubject.Reduction.NONE, filing);
    }

    /** Conditions of a CN annual fee, as deadline-exceptions.tsv scopes extensions. */
    private static final Set<String> FIRST_FULL = Set.of();
    private static final Set<String> LATER_FULL = Set.of("not_first");
    private static final Set<String> FIRST_REDUCED = Set.of("reduced");
    private static final Set<String> LATER_REDUCED = Set.of("reduced", "not_first");

    /** The annual fees of years {@code first}..{@code last}, each computed when first read. */
    private final class LazySchedule extends AbstractList<Instalment> implements RandomAccess {
        private final int first;
        private final int statutory;
        private final boolean reduced;
        private final Instalment[] built;
        private final LocalDate filing;

        LazySchedule(int first, int last, int statutory, boolean reduced, LocalDate filing) {
            this.first = first;
            this.statutory = statutory;
            this.reduced = reduced;
            this.filing = filing;
            this.built = new Instalment[Math.max(0, last - first + 1)];
        }

        @Override
        public int size() {
            return built.length;
        }

        @Override
        public Instalment get(int index) {
            Objects.checkIndex(index, built.length);
            Instalment i = built[index];
            if (i == null) {
                i = annualFee(first + index);
                built[index] = i;
            }
            return i;
        }

        private Instalment annualFee(int year) {
            LocalDate nominal = filing.plusYears(year - 1);
            // not_first: any fee but the first after the grant-year fee (the scope of CNIPA-486's extension).
            boolean notFirst = year > first;
            Set<String> conditions = reduced ? (notFirst ? LATER_REDUCED : FIRST_REDUCED) : (notFirst ? LATER_FULL : FIRST_FULL);
            Deadline due = deadlines.legal(CN, nominal, conditions);
            int graceMonths = rules.parameter(CN, "grace_months", nominal).value();
            // An announced extension replaces the grace period: unpaid by then, the patent ends (公告第四八六号).
            Deadline grace = due.extended() ? due : deadlines.legal(CN, nominal.plusMonths(graceMonths));
            return new Instalment(year, "year " + year + (year > statutory ? " (term compensation)" : ""), due, grace, nominal);
        }
    }

    /** The patent year the grant falls in: year k runs from the (k-1)th filing anniversary. */
    static int grantYear(FeeSubject s) {
        return (int) ChronoUnit.YEARS.between(s.filingDate(), s.grantDate()) + 1;
    }

    /** The patent years of the statutory term (patent-terms.tsv): later years are years of term compensation. */
    private int statutoryYears(FeeSubject s) {
        return (int) ChronoUnit.YEARS.between(s.filingDate(), statutoryEnd(s).plusDays(1));
    }

    private LocalDate statutoryEnd(FeeSubject s) {
        return terms.lastDay(CN, s.patentType(), s.filingDate(), s.grantDate(), null).orElseThrow();
    }

    /**
     * The fee to pay on time: the annual fee less the larger of the fee reduction (专利收费减缴办法) and the
     * open-licence reduction (专利法 第五十一条第二款) where either applies; the two are not combined (CN-594).
     * The compensation-period fee is reduced by neither: PatNav knows no instrument that reduces it.
     */
    @Override
    public Money fee(FeeSubject s, Instalment i, LocalDate asOf, List<String> why) {
        Money full = full(s, i, asOf, why);
        if (full.amount() == null) {
            return full;
        }
        if (i.feeYear() > statutoryYears(s)) {
            if (s.reduction() != FeeSubject.Reduction.NONE || !s.openLicences().isEmpty()) {
                why.add("the compensation-period fee is not reduced (no reduction instrument known to PatNav covers it)");
            }
            return full;
        }
        Optional<FeeRules.Parameter> scheme = schemeReduction(s, i, asOf, why);
        Optional<FeeRules.Parameter> open = openLicenceReduction(s, i, asOf, why);
        int schemePercent = scheme.map(FeeRules.Parameter::value).orElse(0);
        int openPercent = open.map(FeeRules.Parameter::value).orElse(0);
        if (scheme.isPresent() && schemePercent >= openPercent) {
            Money reduced = full.percent(100 - schemePercent);
            why.add("fee reduction " + schemePercent + "% (" + s.reduction().name().toLowerCase(java.util.Locale.ROOT)
                    + " owner, " + scheme.get().source() + "): " + reduced);
            open.ifPresent(o -> why.add("the open-licence reduction of " + o.value() + "% is not added to it: the higher"
                    + " reduction applies (" + o.source() + ")"));
            return reduced;
        }
        if (open.isPresent()) {
            Money reduced = full.percent(100 - openPercent);
            why.add("open-licence reduction " + openPercent + "% (专利法 第五十一条第二款, " + open.get().source() + "): " + reduced
                    + scheme.map(p -> "; the fee reduction of " + p.value() + "% is not added to it: the higher reduction"
                    + " applies").orElse(""));
            return reduced;
        }
        return full;
    }

    /** The 专利收费减缴 percentage that applies to the fee, with why it does or does not. */
    private Optional<FeeRules.Parameter> schemeReduction(FeeSubject s, Instalment i, LocalDate asOf, List<String> why) {
        if (s.reduction() == FeeSubject.Reduction.NONE) {
            return Optional.empty();
        }
        String rule = s.reduction() == FeeSubject.Reduction.SINGLE ? "reduction_single_percent" : "reduction_joint_percent";
        var percent = rules.find(CN, rule, asOf);
        var span = rules.find(CN, "reduction_years", asOf);
        if (percent.isEmpty() || span.isEmpty()) {
            why.add("no fee reduction scheme in force on " + asOf + ": full fee");
            return Optional.empty();
        }
        int lastReduced = grantYear(s) + span.get().value() - 1;
        if (i.feeYear() > lastReduced) {
            why.add("fee reduction covers years up to " + lastReduced + " (" + span.get().value()
                    + " years from the grant year, " + span.get().source() + "): full fee for year " + i.feeYear());
            return Optional.empty();
        }
        return percent;
    }

    /**
     * The open-licence percentage when an open licence is in force on the fee's due date (专利法 第五十一条第二款:
     * 开放许可实施期间 the annual fee is reduced), at the rate in force on {@code asOf}.
     */
    private Optional<FeeRules.Parameter> openLicenceReduction(FeeSubject s, Instalment i, LocalDate asOf, List<String> why) {
        LocalDate due = i.lapsesAsOf();
        Optional<OpenLicencePeriod> licence = s.openLicences().stream().filter(l -> l.inForce(due)).findFirst();
        if (licence.isEmpty()) {
            if (!s.openLicences().isEmpty()) {
                why.add("no open licence in force on the due date " + due + ": no open-licence reduction");
            }
            return Optional.empty();
        }
        why.add("open licence declared on " + licence.get().declared() + (licence.get().withdrawn() == null ? ""
                : ", withdrawn on " + licence.get().withdrawn()) + ": in force on the due date " + due);
        Optional<FeeRules.Parameter> rate = rules.find(CN, "open_licence_reduction_percent", asOf);
        if (rate.isEmpty()) {
            why.add("no open-licence reduction rate in force on " + asOf + " (fee-rules.tsv): no open-licence reduction");
        }
        return rate;
    }

    private Money full(FeeSubject s, Instalment i, LocalDate asOf, List<String> why) {
        if (i.feeYear() > statutoryYears(s)) {
            var row = rules.amount(CN, s.patentType(), "compensation_annual", 0, asOf);
            if (row.isEmpty() || row.get().amount() == null) {
                why.add("no compensation-period fee (专利权补偿期年费) for " + s.patentType() + " in force on " + asOf);
                return Money.unknown("CNY");
            }
            Money m = Money.of(row.get().amount(), row.get().currency());
            why.add("compensation-period fee (专利权补偿期年费), year " + i.feeYear() + ": " + m + " (" + row.get().source()
                    + ", in force from " + row.get().effectiveFrom() + ")");
            return m;
        }
        var row = rules.amount(CN, s.patentType(), "annual", i.feeYear(), asOf);
        if (row.isEmpty() || row.get().amount() == null) {
            why.add("no CN annual-fee amount for " + s.patentType() + " year " + i.feeYear() + " in force on " + asOf);
            return Money.unknown("CNY");
        }
        Money m = Money.of(row.get().amount(), row.get().currency());
        why.add("annual fee, " + s.patentType() + " year " + i.feeYear() + ": " + m + " (" + row.get().source()
                + ", in force from " + row.get().effectiveFrom() + ")");
        return m;
    }

    @Override
    public Money late(FeeSubject s, Instalment i, LocalDate asOf, List<String> why) {
        return lateOn(s, i, asOf, asOf, why);
    }

    @Override
    Money lateOn(FeeSubject s, Instalment i, LocalDate paidOn, LocalDate asOf, List<String> why) {
        Money fee = fee(s, i, asOf, why);
        if (i.due().extended()) {
            why.add("deadline extended (" + i.due().reason() + "): no late fee");
            return fee;
        }
        return fee.plus(lateFee(s, i, paidOn, asOf, why));
    }

    /**
     * The late fee (滞纳金) of a payment on {@code paidOn}: a share of the full (unreduced) fee for each month
     * begun since the due date, the first months free, up to the cap; the fee priced on {@code asOf}.
     */
    Money lateFee(FeeSubject s, Instalment i, LocalDate paidOn, LocalDate asOf, List<String> why) {
        LocalDate due = i.lapsesAsOf();
        int begun = 1;
        while (paidOn.isAfter(due.plusMonths(begun))) {
            begun++;
        }
        int free = rules.parameter(CN, "late_fee_free_months", due).value();
        int rate = rules.parameter(CN, "late_fee_percent_per_month", due).value();
        int cap = rules.parameter(CN, "late_fee_cap_percent", due).value();
        int percent = Math.min(cap, Math.max(0, begun - free) * rate);
        Money late = full(s, i, asOf, new ArrayList<>()).percent(percent);
        why.add("late fee: month " + begun + " after the due date " + due + "; " + free + " month(s) free, then "
                + rate + "% of the full fee per month begun, at most " + cap + "% (" + citation(Provision.ANNUAL_FEE, due)
                + "; 专利审查指南): " + percent + "% = " + late);
        return late;
    }

    /**
     * The late fee changes on each monthly anniversary of the due date (counted from the filing-date
     * anniversary, as {@link #lateFee} counts), so each month of the grace period is a step; the last ends
     * on the grace deadline. An announced extension has no late payment.
     */
    @Override
    List<LocalDate> lateStepEnds(Instalment i) {
        if (i.due().extended()) {
            return List.of();
        }
        List<LocalDate> out = new ArrayList<>();
        LocalDate grace = i.grace().date();
        for (int month = 1; i.lapsesAsOf().plusMonths(month).isBefore(grace); month++) {
            out.add(i.lapsesAsOf().plusMonths(month));
        }
        out.add(grace);
        return out;
    }

    @Override
    public Restoration restoration(FeeSubject s, Instalment i, LocalDate asOf, List<String> why) {
        // The termination notice's date is not public: take the day after the grace deadline as its
        // sending date and the 15-day postal presumption for its receipt (实施细则 第四条, see Provision).
        int receipt = rules.parameter(CN, "notice_receipt_days", i.lapsesAsOf()).value();
        int months = rules.parameter(CN, "restoration_months", i.lapsesAsOf()).value();
        LocalDate sent = i.grace().date().plusDays(1);
        LocalDate received = sent.plusDays(receipt);
        Deadline deadline = deadlines.legal(CN, received.plusMonths(months));
        why.add("restoration (恢复权利, " + citation(Provision.RESTORATION, received) + "): within " + months
                + " months of receiving the termination notice; notice assumed sent " + sent + " and received " + received
                + " (" + receipt + "-day presumption, " + citation(Provision.NOTICE_RECEIPT, sent) + "): deadline "
                + deadline.date() + " (estimate)"
                + (deadline.moved() ? ", " + deadline.reason() : ""));
        Money cost = fee(s, i, asOf, why);
        if (!i.due().extended()) {
            int cap = rules.parameter(CN, "late_fee_cap_percent", i.lapsesAsOf()).value();
            Money late = full(s, i, asOf, new ArrayList<>()).percent(cap);
            why.add("late fee at the end of grace: " + cap + "% = " + late);
            cost = cost.plus(late);
        }
        var fee = rules.amount(CN, s.patentType(), "restoration", 0, asOf);
        Money restore = fee.isPresent() && fee.get().amount() != null
                ? Money.of(fee.get().amount(), fee.get().currency()) : Money.unknown("CNY");
        why.add("restoration fee (恢复权利请求费): " + restore + fee.map(f -> " (" + f.source() + ")").orElse(""));
        return new Restoration(deadline.date(), cost.plus(restore), deadline.caveat());
    }
}
