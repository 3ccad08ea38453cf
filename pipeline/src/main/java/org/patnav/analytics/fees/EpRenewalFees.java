package org.patnav.analytics.fees;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.patnav.analytics.fees.Deadlines.Deadline;

/**
 * EPO renewal fees for European patent applications (EPC Art. 86, Rule 51): from the 3rd year counted
 * from filing, due on the last day of the month containing the filing anniversary, payable within 6
 * months after with a 50% additional fee; the EPO collects them up to the year in which the mention of
 * grant is published, national offices after that (outside this ledger). Unpaid, the application is
 * deemed withdrawn; re-establishment of rights (Art. 122) within a year of the missed time limit.
 *
 * <p>A Euro-PCT application (one the data says comes from an international application) counts its
 * years from the international filing date, but its third-year fee is not due before the 31-month time
 * limit for entering the European phase (Rule 159(1)(g)): when Rule 51(1) makes it due earlier, the due
 * date is deferred to the expiry of that limit and the 6 months' grace runs from there.
 */
final class EpRenewalFees extends FeeRegime {

    private static final String EP = "EP";

    EpRenewalFees(FeeRules rules, Deadlines deadlines) {
        super(rules, deadlines, false);
    }

    @Override
    public List<Instalment> instalments(FeeSubject s, LocalDate termEnd, List<String> why) {
        LocalDate filing = s.filingDate();
        int first = rules.parameter(EP, "first_renewal_year", filing).value();
        int graceMonths = rules.parameter(EP, "grace_months", filing).value();
        int years = (int) ChronoUnit.YEARS.between(filing, termEnd.plusDays(1));
        List<Instalment> out = new ArrayList<>();
        for (int year = first; year <= years; year++) {
            LocalDate dueNominal = filing.plusYears(year - 1).with(TemporalAdjusters.lastDayOfMonth());
            if (s.grantDate() != null && dueNominal.isAfter(s.grantDate())) {
                why.add("EPO renewal fees end with the year of the mention of grant (" + s.grantDate()
                        + ", EPC Art. 86(2)): later renewal fees are national, outside the EPO ledger");
                break;
            }
            Instalment deferred = year == first ? euroPctDeferred(s, year, dueNominal, graceMonths, why) : null;
            if (deferred != null) {
                out.add(deferred);
                continue;
            }
            Deadline due = deadlines.legal(EP, dueNominal);
            // The period for late payment ends on the last day of its sixth month (EPO Guidelines A-X, 5.2.4).
            Deadline grace = deadlines.legal(EP, dueNominal.plusMonths(graceMonths).with(TemporalAdjusters.lastDayOfMonth()));
            out.add(new Instalment(year, "renewal fee year " + year, due, grace, dueNominal));
        }
        if (!out.isEmpty()) {
            why.add("EPO renewal fees from year " + first + ", due on the last day of the month of the filing anniversary"
                    + " (EPC Rule 51(1)); " + graceMonths + " months' grace with an additional fee (Rule 51(2))");
        }
        return out;
    }

    /**
     * The third-year fee of a Euro-PCT application that Rule 51(1) would make due before the 31-month
     * time limit of Rule 159(1) (counted from the earliest priority date, else from the filing date): due
     * on the expiry of that limit, with the grace of Rule 51(2) computed from it. Null when the subject is
     * not a Euro-PCT application, the fee falls due at or after the limit, or no such rule was in force.
     */
    private Instalment euroPctDeferred(FeeSubject s, int year, LocalDate dueNominal, int graceMonths, List<String> why) {
        if (s.pctNumber() == null) {
            return null;
        }
        var rule = rules.find(EP, "euro_pct_third_renewal_not_before_months", dueNominal);
        if (rule.isEmpty()) {
            return null;
        }
        boolean priorityClaimed = s.priorityDate() != null && s.priorityDate().isBefore(s.filingDate());
        LocalDate from = priorityClaimed ? s.priorityDate() : s.filingDate();
        // Rule 131(4) EPC: a period of months ends on the same day of the month, else the month's last day.
        LocalDate limit = from.plusMonths(rule.get().value());
        if (!dueNominal.isBefore(limit)) {
            why.add("Euro-PCT application (" + s.pctNumber() + "): the renewal fee for year " + year + " falls due "
                    + dueNominal + ", on or after the " + rule.get().value() + "-month time limit " + limit
                    + " (EPC Rule 159(1)(g)): due as usual");
            return null;
        }
        Deadline due = deadlines.legal(EP, limit);
        // The grace is computed from the expiry of the 31-month limit, as extended under Rule 134 when it
        // falls on a closed day (Euro-PCT Guide, chapter 5.11; Guidelines A-XIII, 8.1).
        Deadline grace = deadlines.legal(EP, due.date().plusMonths(graceMonths));
        why.add("Euro-PCT application (" + s.pctNumber() + "): the renewal fee for year " + year + " would fall due "
                + dueNominal + " (Rule 51(1)), before the " + rule.get().value() + "-month time limit counted from the "
                + (priorityClaimed ? "earliest priority date " : "filing date ") + from + "; it is due on " + limit
                + " (EPC Rule 159(1)(g); Guidelines E-IX, 2.3.12) and its " + graceMonths
                + " months' grace runs from there");
        return new Instalment(year, "renewal fee year " + year, due, grace, limit);
    }

    @Override
    public Money fee(FeeSubject s, Instalment i, LocalDate asOf, List<String> why) {
        var row = rules.amount(EP, s.patentType(), "renewal", i.feeYear(), asOf);
        if (row.isEmpty() || row.get().amount() == null) {
            why.add("no EPO renewal-fee amount for year " + i.feeYear() + " in force on " + asOf);
            return Money.unknown("EUR");
        }
        Money m = Money.of(row.get().amount(), row.get().currency());
        why.add("renewal fee year " + i.feeYear() + ": " + m + " (" + row.get().source() + ")");
        return m;
    }

    @Override
    public Money late(FeeSubject s, Instalment i, LocalDate asOf, List<String> why) {
        Money fee = fee(s, i, asOf, why);
        int percent = rules.parameter(EP, "surcharge_percent", i.lapsesAsOf()).value();
        Money extra = fee.percent(percent);
        why.add("additional fee for late payment: " + percent + "% = " + extra + " (EPC Rule 51(2))");
        return fee.plus(extra);
    }

    /** One additional fee for the whole 6-month period (EPC Rule 51(2)): one late step, to the grace deadline. */
    @Override
    List<LocalDate> lateStepEnds(Instalment i) {
        return List.of(i.grace().date());
    }

    @Override
    public Restoration restoration(FeeSubject s, Instalment i, LocalDate asOf, List<String> why) {
        int months = rules.parameter(EP, "restorable_months", i.lapsesAsOf()).value();
        Deadline deadline = deadlines.legal(EP, i.grace().date().plusMonths(months));
        why.add("re-establishment of rights (EPC Art. 122, Rule 136(1)): at the latest " + months
                + " months after the missed grace deadline " + i.grace().date() + ": " + deadline.date()
                + "; the re-establishment fee is not in fee-amounts.tsv");
        return new Restoration(deadline.date(), late(s, i, asOf, why).plus(Money.unknown("EUR")), deadline.caveat());
    }
}
