package org.patnav.analytics.fees;

import java.time.LocalDate;
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
}
