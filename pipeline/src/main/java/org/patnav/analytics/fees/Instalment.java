package org.patnav.analytics.fees;

import java.time.LocalDate;
import org.patnav.analytics.fees.Deadlines.Deadline;

/**
 * One fee a patent owes: CN annual fee of patent year {@code feeYear}, US maintenance fee stage 4 / 8 / 12,
 * EP renewal fee of year {@code feeYear}.
 *
 * @param due        the legal deadline for paying without a late fee or surcharge
 * @param grace      the legal deadline for paying late
 * @param lapsesAsOf the date the patent ends as of when the fee stays unpaid (CN and EP: the due date;
 *                   US: the end of the grace period)
 */
public record Instalment(int feeYear, String label, Deadline due, Deadline grace, LocalDate lapsesAsOf) {
}
