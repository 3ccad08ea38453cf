package org.patnav.analytics.fees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.patnav.analytics.fees.Deadlines.Deadline;

/**
 * USPTO maintenance fees (35 U.S.C. 41(b)): for utility and reissue patents on applications filed from
 * 1980-12-12, three fees — stages 4, 8 and 12 — payable 3 to 3.5, 7 to 7.5 and 11 to 11.5 years after
 * grant, then with a surcharge for 6 months; unpaid, the patent expires at 4, 8 or 12 years. Reinstatement
 * on petition (37 CFR 1.378). Amounts depend on the entity size (large, small, micro).
 */
final class UsMaintenanceFees extends FeeRegime {

    private static final String US = "US";
    private static final LocalDate FEES_FROM_FILING = LocalDate.of(1980, 12, 12);

    UsMaintenanceFees(FeeRules rules, Deadlines deadlines) {
        super(rules, deadlines, true);
    }

    @Override
    public List<Instalment> instalments(FeeSubject s, LocalDate termEnd, List<String> why) {
        if (!s.patentType().equals("invention") && !s.patentType().equals("reissue")) {
            why.add("US " + s.patentType() + " patents owe no maintenance fees (35 U.S.C. 41(b): utility patents only)");
            return List.of();
        }
        if (s.filingDate().isBefore(FEES_FROM_FILING)) {
            why.add("filed before 1980-12-12: no maintenance fees (Pub. L. 96-517)");
            return List.of();
        }
        LocalDate grant = scheduleStart(s, why);
        why.add("US maintenance fees: stages 4, 8, 12 counted from the grant " + grant
                + "; 6 months to pay each without surcharge, 6 more with it; the deadline moves off weekends and"
                + " federal holidays (35 U.S.C. 21(b))");
        int graceMonths = rules.parameter(US, "grace_months", grant).value();
        List<Instalment> out = new ArrayList<>();
        for (int stage : new int[] {4, 8, 12}) {
            LocalDate end = grant.plusYears(stage);
            LocalDate dueNominal = end.minusMonths(graceMonths);
            if (termEnd != null && dueNominal.isAfter(termEnd)) {
                break;
            }
            out.add(new Instalment(stage, stage - 0.5 + "-year fee (stage " + stage + ")",
                    deadlines.legal(US, dueNominal), deadlines.legal(US, end), end));
        }
        return out;
    }

    /**
     * The grant the fee stages count from. A reissue keeps its original patent's schedule: the fees fall due
     * 3.5, 7.5 and 11.5 years after the original grant, not the reissue's (MPEP 2506; 35 U.S.C. 41(b), 251).
     * When the original's grant date is not known, the reissue's grant stands in, and the explanation says so.
     */
    static LocalDate scheduleStart(FeeSubject s, List<String> why) {
        if (!s.patentType().equals("reissue")) {
            return s.grantDate();
        }
        if (s.originalGrantDate() != null) {
            why.add("reissue: the maintenance-fee schedule follows the original patent's grant " + s.originalGrantDate()
                    + ", not the reissue's " + s.grantDate() + " (MPEP 2506)");
            return s.originalGrantDate();
        }
        why.add("reissue: the original patent's grant date is not known, so the schedule is counted from the reissue's grant "
                + s.grantDate() + "; the real due dates (from the original's grant, MPEP 2506) are earlier");
        return s.grantDate();
    }

    /** The entity size on {@code asOf}: the latest event stating one, else the patent's, else large. */
    static String entity(FeeSubject s, LocalDate asOf) {
        return s.events().stream().filter(e -> e.entityStatus() != null && e.date() != null && !e.date().isAfter(asOf))
                .max(Comparator.comparing(FeeEvent::date)).map(FeeEvent::entityStatus)
                .orElse(s.entityStatus() != null ? s.entityStatus() : "large");
    }

    private Money priced(FeeSubject s, String fee, int stage, LocalDate asOf, List<String> why) {
        var row = rules.amount(US, "invention", fee, stage, asOf);
        if (row.isEmpty() || row.get().amount() == null) {
            String missing = "PatNav's US schedule lacks the amounts in force on " + asOf + " (" + fee.replace('_', ' ')
                    + row.map(r -> ": fee-amounts.tsv row " + r.source() + " from " + r.effectiveFrom() + " has no amount")
                            .orElse(": fee-amounts.tsv has no row that early") + ")";
            why.add(missing);
            return Money.unknown("USD", missing);
        }
        Money large = Money.of(row.get().amount(), row.get().currency());
        String entity = entity(s, asOf);
        int discount = entity.equals("large") ? 0
                : rules.find(US, entity + "_discount_percent", asOf).map(FeeRules.Parameter::value).orElse(0);
        Money m = large.percent(100 - discount);
        why.add("US " + fee.replace('_', ' ') + " stage " + stage + ": " + large + " large entity (" + row.get().source()
                + ")" + (discount == 0 ? "" : ", " + entity.toLowerCase(Locale.ROOT) + " entity " + discount + "% off: " + m));
        return m;
    }

    @Override
    public Money fee(FeeSubject s, Instalment i, LocalDate asOf, List<String> why) {
        return priced(s, "maintenance", i.feeYear(), asOf, why);
    }

    @Override
    public Money late(FeeSubject s, Instalment i, LocalDate asOf, List<String> why) {
        return fee(s, i, asOf, why).plus(priced(s, "surcharge", i.feeYear(), asOf, why));
    }

    /** One surcharge for the whole 6-month grace period (37 CFR 1.20(h)): one late step, to the grace deadline. */
    @Override
    List<LocalDate> lateStepEnds(Instalment i) {
        return List.of(i.grace().date());
    }

    @Override
    public Restoration restoration(FeeSubject s, Instalment i, LocalDate asOf, List<String> why) {
        int months = rules.parameter(US, "restorable_months", i.lapsesAsOf()).value();
        Deadline deadline = deadlines.legal(US, i.lapsesAsOf().plusMonths(months));
        why.add("reinstatement on petition (37 CFR 1.378): listed as restorable for " + months + " months after expiry on "
                + i.lapsesAsOf() + ", to " + deadline.date() + "; later petitions need an additional showing");
        return new Restoration(deadline.date(), fee(s, i, asOf, why).plus(priced(s, "reinstatement_petition", i.feeYear(), asOf, why)),
                deadline.caveat());
    }
}
