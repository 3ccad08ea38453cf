package org.patnav.analytics.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount to pay. {@code amount} is null when no schedule in the rule files prices it; {@code complete}
 * is false when a part of it (a petition fee whose amount is not known here) is missing from the sum.
 */
public record Money(BigDecimal amount, String currency, boolean complete) {

    static Money of(BigDecimal amount, String currency) {
        return new Money(amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP), currency, amount != null);
    }

    static Money unknown(String currency) {
        return new Money(null, currency, false);
    }

    /** This plus {@code other}; an unknown part leaves the known sum, marked incomplete. */
    Money plus(Money other) {
        if (amount == null) {
            return other.amount == null ? this : new Money(other.amount, currency, false);
        }
        if (other.amount == null) {
            return new Money(amount, currency, false);
        }
        return new Money(amount.add(other.amount), currency, complete && other.complete);
    }

    /** This times {@code percent} / 100, rounded to the cent. */
    Money percent(int percent) {
        return amount == null ? this : new Money(amount.multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP), currency, complete);
    }

    @Override
    public String toString() {
        return amount == null ? "amount unknown" : amount.stripTrailingZeros().toPlainString() + " " + currency
                + (complete ? "" : " (incomplete)");
    }
}
