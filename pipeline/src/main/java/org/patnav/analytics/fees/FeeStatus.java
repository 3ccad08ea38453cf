package org.patnav.analytics.fees;

import java.util.Locale;

/** Where a patent stands with its fees on the as-of date; the {@code status} column of {@code watchlist.csv}. */
public enum FeeStatus {
    /** Granted and in force; the next fee (year, legal due date, amount) is more than the reminder window away. */
    IN_FORCE,
    /** In force, with a fee falling due within the reminder window ({@code --within}, 90 days by default). */
    DUE,
    /** The due date has passed with no payment recorded; payable with the late fee until the grace deadline. */
    GRACE,
    /** Ended for an unpaid fee, but restoration (CN 恢复权利, US reinstatement, EP re-establishment) is still open. */
    RESTORABLE,
    /** Ended for good: an unpaid fee past restoration, or withdrawn, refused, surrendered or invalidated. */
    LAPSED,
    /** The statutory term has run out. */
    EXPIRED,
    /** Not yet in the fee regime: an application not granted as of the date (EP applications pay renewal fees). */
    PENDING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the patent right subsists on the date: in force, with a fee due, or in the grace period (a
     * fee still payable keeps the right alive). This is what "valid" (有效) means everywhere in PatNav.
     */
    public boolean valid() {
        return this == IN_FORCE || this == DUE || this == GRACE;
    }

    /** Whether the ledger of patents at risk lists it. */
    public boolean atRisk() {
        return this == DUE || this == GRACE || this == RESTORABLE;
    }
}
