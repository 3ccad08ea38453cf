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
