package org.patnav.analytics.fees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One office's fee rules: which fees a patent owes, what they cost on a date, and how it is restored. */
abstract class FeeRegime {

    /**
     * A restoration route: the legal deadline (null when there is none), what it costs, and the deadline's
     * calendar caveat (null when a holiday calendar covered it).
     */
    record Restoration(LocalDate deadline, Money cost, Deadlines.CalendarCaveat caveat) {
    }

    protected final FeeRules rules;
    protected final Deadlines deadlines;
    private final boolean paymentsRecorded;

    FeeRegime(FeeRules rules, Deadlines deadlines, boolean paymentsRecorded) {
        this.rules = rules;
        this.deadlines = deadlines;
        this.paymentsRecorded = paymentsRecorded;
    }

    /**
     * Whether the office's fee payments reach PatNav (the USPTO's maintenance-fee file does; CNIPA and
     * the EPO publish none in bulk): only then does a missing payment mean an unpaid fee.
     */
    final boolean paymentsRecorded() {
        return paymentsRecorded;
    }

    /** The fees the subject owes over its life, in due order, none due after {@code termEnd}. */
    abstract List<Instalment> instalments(FeeSubject s, LocalDate termEnd, List<String> why);

    /** What paying {@code i} on time costs by the schedule in force on {@code asOf}. */
    abstract Money fee(FeeSubject s, Instalment i, LocalDate asOf, List<String> why);

    /** What paying {@code i} late on {@code asOf} costs, the fee with the late fee or surcharge. */
    abstract Money late(FeeSubject s, Instalment i, LocalDate asOf, List<String> why);

    /** How a patent ended for the unpaid {@code i} can be restored, priced on {@code asOf}. */
    abstract Restoration restoration(FeeSubject s, Instalment i, LocalDate asOf, List<String> why);

    /**
     * The last days of the late-payment steps of {@code i}, in order, the last the grace deadline: days
     * after the due date up to which paying late costs one price (CN: the month boundaries of the late
     * fee; US and EP: one surcharge for the whole grace period). Empty when there is no late payment.
     */
    abstract List<LocalDate> lateStepEnds(Instalment i);

    /**
     * What paying {@code i} late on {@code paidOn} costs, priced by the schedule in force on {@code asOf}; the
     * offices whose surcharge does not grow with time charge what {@link #late} says.
     */
    Money lateOn(FeeSubject s, Instalment i, LocalDate paidOn, LocalDate asOf, List<String> why) {
        return late(s, i, asOf, why);
    }

    /**
     * The late-fee ladder of {@code i} from {@code asOf} to its grace deadline: what paying costs by the day
     * of payment, priced from the same rules as {@link #fee} and {@link #lateOn}. Steps ended before
     * {@code asOf} are left out, the current one starts on {@code asOf}; the due date always ends a step
     * (the legal deadline, even where the first late month costs nothing more), neighbouring late steps of
     * the same amount are one step.
     */
    final List<PaymentStep> ladder(FeeSubject s, Instalment i, LocalDate asOf) {
        List<String> priced = new ArrayList<>();
        List<PaymentStep> out = new ArrayList<>();
        LocalDate due = i.due().date();
        if (!asOf.isAfter(due)) {
            out.add(PaymentStep.of(asOf, due, fee(s, i, asOf, priced)));
        }
        int onTime = out.size();
        LocalDate from = due.plusDays(1);
        for (LocalDate end : lateStepEnds(i)) {
            if (!end.isBefore(asOf) && end.isAfter(due)) {
                LocalDate start = from.isBefore(asOf) ? asOf : from;
                add(out, onTime, PaymentStep.of(start, end, lateOn(s, i, end, asOf, priced)));
            }
            from = end.plusDays(1);
        }
        return out;
    }

    private static void add(List<PaymentStep> steps, int onTime, PaymentStep step) {
        if (steps.size() > onTime) {
            PaymentStep last = steps.getLast();
            if (java.util.Objects.equals(last.amount(), step.amount()) && last.amountComplete() == step.amountComplete()
                    && last.payUntil().plusDays(1).equals(step.payFrom())) {
                steps.set(steps.size() - 1, new PaymentStep(last.payFrom(), step.payUntil(), last.amount(), last.currency(),
                        last.amountComplete()));
                return;
            }
        }
        steps.add(step);
    }
}
