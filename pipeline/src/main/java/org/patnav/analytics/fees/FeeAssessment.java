package org.patnav.analytics.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The fee position of one patent on the as-of date.
 *
 * @param statusSince     when the status began (the lapse or expiry date; for {@code due} the day the
 *                        reminder window opened; for {@code grace} the day after the due date)
 * @param feeYear         the fee concerned: CN / EP patent year, US stage 4 / 8 / 12
 * @param nextDueDate     legal due date of that fee (after any weekend, holiday or announced extension)
 * @param graceDeadline   legal last day to pay it late
 * @param restoreDeadline last day to apply for restoration / reinstatement (CN: an estimate, see the rules)
 * @param amountDue       what paying now costs: the fee, with the late fee in grace, with the restoration
 *                        fees when restorable; null when no schedule prices it
 * @param amountComplete  false when a part of the amount (a fee not in the rule files) is missing
 * @param termEnd         last day of the statutory term
 * @param decidedBy       {@code event CODE DATE} when a recorded event decided the status, else {@code dates and rules}
 * @param conflicts       disagreements between events and dates, each a sentence
 * @param explanation     the rule lines that produced the status, in order
 * @param calendarCaveat  set when the status's own deadline (due date for due and in force, grace
 *                        deadline in grace, restoration deadline when restorable) was judged without a
 *                        holiday calendar covering its year, so moved off weekends only; null otherwise
 * @param amountNote      when a fee is owed but its amount (or a part of it) is not known, why: which
 *                        schedule PatNav lacks (e.g. "PatNav's US schedule lacks the amounts in force on
 *                        2008-04-01"); null when the amount is complete or nothing is owed
 * @param ladder          for a fee {@code due} or in {@code grace}: what paying costs by the day of payment,
 *                        from the as-of date to the grace deadline (the late-fee ladder); else empty
 */
public record FeeAssessment(String pubId, FeeStatus status, LocalDate statusSince, Integer feeYear,
                            LocalDate nextDueDate, LocalDate graceDeadline, LocalDate restoreDeadline,
                            BigDecimal amountDue, String currency, boolean amountComplete, LocalDate termEnd,
                            String decidedBy, List<String> conflicts, List<String> explanation,
                            Deadlines.CalendarCaveat calendarCaveat, String amountNote, List<PaymentStep> ladder) {

    public FeeAssessment {
        conflicts = List.copyOf(conflicts);
        explanation = List.copyOf(explanation);
        ladder = List.copyOf(ladder);
    }

    /** Whether a fee is owed whose amount PatNav's schedules do not (wholly) give. */
    public boolean amountUnknown() {
        return currency != null && amountDue == null;
    }
}
