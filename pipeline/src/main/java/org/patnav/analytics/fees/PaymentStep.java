package org.patnav.analytics.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One rung of the late-fee ladder: paying the fee on any day from {@code payFrom} to {@code payUntil}
 * (both included) costs {@code amount}. In a grace period the amount grows with the month of payment
 * (CN 专利审查指南 第五部分第二章: 5% of the full annual fee for each month begun after the first; US 37 CFR
 * 1.20(h) surcharge; EP Rule 51(2) EPC additional fee), and a payment short of the amount of its month
 * does not keep the patent (CN 专利法实施细则 第九十八条: 未缴纳或者未缴足).
 *
 * @param payFrom        first day of the step (for the step containing the as-of date: the as-of date)
 * @param payUntil       last day of the step; the last step ends on the grace deadline
 * @param amount         what paying in the step costs, by the schedule in force on the as-of date; null
 *                       when no schedule prices it
 * @param amountComplete false when a part of the amount is not in the rule files
 */
public record PaymentStep(LocalDate payFrom, LocalDate payUntil, BigDecimal amount, String currency,
                          boolean amountComplete) {

    static PaymentStep of(LocalDate payFrom, LocalDate payUntil, Money m) {
        return new PaymentStep(payFrom, payUntil, m.amount(), m.currency(), m.complete());
    }

    /**
     * The steps as one line, the format of the {@code payment_schedule} column: {@code FROM..UNTIL AMOUNT CURRENCY}
     * per step, steps joined by {@code "; "}; an unknown amount is {@code ?}, an incomplete one ends in {@code +}.
     */
    public static String format(List<PaymentStep> steps) {
        return steps.stream().map(s -> s.payFrom() + ".." + s.payUntil() + " "
                        + (s.amount() == null ? "?" : s.amount().toPlainString() + (s.amountComplete() ? "" : "+"))
                        + " " + s.currency())
                .collect(Collectors.joining("; "));
    }
}
