package org.patnav.analytics.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount to pay. {@code amount} is null when no schedule in the rule files prices it; {@code complete}
 * is false when a part of it (a petition fee whose amount is not known here) is missing from the sum;
 * {@code missing} says which schedule lacks it, when the regime knows (null otherwise).
 */
public record Money(BigDecimal amount, String currency, boolean complete, String missing) {

    public Money(BigDecimal amount, String currency, boolean complete) {
        this(amount, currency, complete, null);
    }

    static Money of(BigDecimal amount, String currency) {
        return new Money(amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP), currency, amount != null);
    }

    static Money unknown(String currency) {
        return new Money(null, currency, false);
    }

    /** An amount no schedule prices, with the sentence saying which schedule lacks it. */
    static Money unknown(String currency, String missing) {
        return new Money(null, currency, false, missing);
    }

    /** This plus {@code other}; an unknown part leaves the known sum, marked incomplete. */
    Money plus(Money other) {
        String why = missing == null ? other.missing
                : other.missing == null || other.missing.equals(missing) ? missing : missing + "; " + other.missing;
        if (amount == null) {
            return new Money(other.amount, currency, false, why);
        }
        if (other.amount == null) {
            return new Money(amount, currency, false, why);
        }
        return new Money(amount.add(other.amount), currency, complete && other.complete, why);
    }

    /** This times {@code percent} / 100, rounded to the cent. */
    Money percent(int percent) {
        return amount == null ? this : new Money(amount.multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP), currency, complete, missing);
    }

    @Override
    public String toString() {
        return amount == null ? "amount unknown" : amount.stripTrailingZeros().toPlainString() + " " + currency
                + (complete ? "" : " (incomplete)");
    }
}
