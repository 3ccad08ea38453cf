package org.patnav.analytics.fees;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.patnav.analytics.fees.Deadlines.Deadline;

/**
 * CNIPA annual fees (年费). Patent years run from the filing date; the fee of the grant year is paid with
 * the grant formalities, each later year's fee falls due on the filing-date anniversary that opens the
 * year (缴费期限届满日 = 申请日在该年的相应日). Unpaid, it may be paid within 6 months with a late fee;
 * unpaid after that, the patent terminates as of the due date (未缴年费专利权终止, 专利法实施细则 第九十八条);
 * restoration is possible within 2 months of the termination notice (第六条). Parameters and amounts
 * are in the rule files, with their sources.
 */
final class CnAnnualFees extends FeeRegime {

    private static final String CN = "CN";

    CnAnnualFees(FeeRules rules, Deadlines deadlines) {
        super(rules, deadlines, false);
    }

    @Override
    public List<Instalment> instalments(FeeSubject s, LocalDate termEnd, List<String> why) {
        LocalDate filing = s.filingDate();
        int grantYear = grantYear(s);
        int years = (int) ChronoUnit.YEARS.between(filing, termEnd.plusDays(1));
        why.add("CN annual fees: patent years from the filing date " + filing + "; the grant (" + s.grantDate()
                + ") falls in year " + grantYear + ", whose fee is paid with the grant formalities; years "
                + (grantYear + 1) + "-" + years + " fall due on the filing-date anniversaries (专利法实施细则 第九十八条)");
        List<Instalment> out = new ArrayList<>();
        for (int year = grantYear + 1; year <= years; year++) {
            LocalDate nominal = filing.plusYears(year - 1);
            Set<String> conditions = new HashSet<>();
            if (s.reduction() != FeeSubject.Reduction.NONE) {
                conditions.add("reduced");
            }
            if (year > grantYear + 1) {
                conditions.add("not_first");
            }
            Deadline due = deadlines.legal(CN, nominal, conditions);
            int graceMonths = rules.parameter(CN, "grace_months", nominal).value();
            // An announced extension replaces the grace period: unpaid by then, the patent ends (公告第四八六号).
            Deadline grace = due.extended() ? due : deadlines.legal(CN, nominal.plusMonths(graceMonths));
            out.add(new Instalment(year, "year " + year, due, grace, nominal));
        }
        return out;
    }

    /** The patent year the grant falls in: year k runs from the (k-1)th filing anniversary. */
    static int grantYear(FeeSubject s) {
        return (int) ChronoUnit.YEARS.between(s.filingDate(), s.grantDate()) + 1;
    }

    @Override
    public Money fee(FeeSubject s, Instalment i, LocalDate asOf, List<String> why) {
        Money full = full(s, i, asOf, why);
        if (s.reduction() == FeeSubject.Reduction.NONE || full.amount() == null) {
            return full;
        }
        String rule = s.reduction() == FeeSubject.Reduction.SINGLE ? "reduction_single_percent" : "reduction_joint_percent";
        var percent = rules.find(CN, rule, asOf);
        var span = rules.find(CN, "reduction_years", asOf);
        if (percent.isEmpty() || span.isEmpty()) {
            why.add("no fee reduction scheme in force on " + asOf + ": full fee");
            return full;
        }
        int lastReduced = grantYear(s) + span.get().value() - 1;
        if (i.feeYear() > lastReduced) {
            why.add("fee reduction covers years up to " + lastReduced + " (" + span.get().value()
                    + " years from the grant year, " + span.get().source() + "): full fee for year " + i.feeYear());
            return full;
        }
        Money reduced = full.percent(100 - percent.get().value());
        why.add("fee reduction " + percent.get().value() + "% (" + s.reduction().name().toLowerCase(java.util.Locale.ROOT)
                + " owner, " + percent.get().source() + "): " + reduced);
        return reduced;
    }

    private Money full(FeeSubject s, Instalment i, LocalDate asOf, List<String> why) {
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
        Money fee = fee(s, i, asOf, why);
        if (i.due().extended()) {
            why.add("deadline extended (" + i.due().reason() + "): no late fee");
            return fee;
        }
        return fee.plus(lateFee(s, i, asOf, why));
    }

    /**
     * The late fee (滞纳金) on {@code asOf}: a share of the full (unreduced) fee for each month begun
     * since the due date, the first months free, up to the cap.
     */
    Money lateFee(FeeSubject s, Instalment i, LocalDate asOf, List<String> why) {
        LocalDate due = i.lapsesAsOf();
        int begun = 1;
        while (asOf.isAfter(due.plusMonths(begun))) {
            begun++;
        }
        int free = rules.parameter(CN, "late_fee_free_months", due).value();
        int rate = rules.parameter(CN, "late_fee_percent_per_month", due).value();
        int cap = rules.parameter(CN, "late_fee_cap_percent", due).value();
        int percent = Math.min(cap, Math.max(0, begun - free) * rate);
        Money late = full(s, i, asOf, new ArrayList<>()).percent(percent);
        why.add("late fee: month " + begun + " after the due date " + due + "; " + free + " month(s) free, then "
                + rate + "% of the full fee per month begun, at most " + cap + "% (专利法实施细则 第九十八条; 专利审查指南): "
                + percent + "% = " + late);
        return late;
    }

    @Override
    public Restoration restoration(FeeSubject s, Instalment i, LocalDate asOf, List<String> why) {
        // The termination notice's date is not public: take the day after the grace deadline as its
        // sending date and the 15-day postal presumption for its receipt (实施细则 第四条).
        int receipt = rules.parameter(CN, "notice_receipt_days", i.lapsesAsOf()).value();
        int months = rules.parameter(CN, "restoration_months", i.lapsesAsOf()).value();
        LocalDate received = i.grace().date().plusDays(1 + receipt);
        Deadline deadline = deadlines.legal(CN, received.plusMonths(months));
        why.add("restoration (恢复权利, 实施细则 第六条): within " + months + " months of receiving the termination notice;"
                + " notice assumed sent " + i.grace().date().plusDays(1) + " and received " + received
                + " (" + receipt + "-day presumption): deadline " + deadline.date() + " (estimate)"
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
