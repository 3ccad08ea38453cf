package org.patnav.analytics.highvalue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.patnav.analytics.fees.FeeStatus;

/**
 * What the high-value criteria look at for one patent on one date.
 *
 * @param office       the granting office ({@code CN} for the indicator)
 * @param ownerCountry the first current owner's country (HK, MO and TW apart from CN), null if unknown
 * @param ownerRegion  the first current owner's division code, null if unknown
 * @param status       the fee engine's status on the date: it decides "valid"
 * @param ipc          normalised IPC symbols of the patent's publications
 * @param text         title and abstract (for concordance rows with keywords)
 * @param familyGrants grants of the other members of its simple family, any office
 * @param pledges      registered pledge contracts naming the patent
 * @param awards       awards the input list gives it
 */
public record HighValueCandidate(String pubId, String office, String patentType, String ownerCountry, String ownerRegion,
                                 FeeStatus status, LocalDate filingDate, List<String> ipc, String text,
                                 List<Grant> familyGrants, List<Pledge> pledges, List<Award> awards) {

    public record Grant(String pubId, String office, LocalDate grantDate) implements Serializable {
    }

    /** Serializable: Spark ships the register's pledges to the tasks. */
    public record Pledge(String registrationNo, LocalDate registered, BigDecimal amountYuan) implements Serializable {
    }

    public record Award(String name, int year) implements Serializable {
    }

    public HighValueCandidate {
        ipc = List.copyOf(ipc);
        familyGrants = List.copyOf(familyGrants);
        pledges = List.copyOf(pledges);
        awards = List.copyOf(awards);
    }
}
