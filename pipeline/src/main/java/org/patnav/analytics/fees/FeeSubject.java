package org.patnav.analytics.fees;

import java.time.LocalDate;
import java.util.List;

/**
 * A patent (or application) whose fee position is assessed.
 *
 * @param office            publishing office: {@code CN}, {@code US}, {@code EP}; others get the term only
 * @param patentType        {@code invention}, {@code utility_model}, {@code design}, {@code plant}, {@code reissue}, ...
 * @param termExtensionDays US patent term adjustment, null when none is known
 * @param entityStatus      US entity size stated by the patent's source ({@code large}, {@code small}, {@code micro})
 * @param reduction         CN fee reduction the data records for the patent
 * @param originalGrantDate for a reissue ({@code reissue}), the grant date of the original patent it reissues:
 *                          the reissue keeps the original's maintenance-fee schedule and term (35 U.S.C. 251,
 *                          41(b); MPEP 2506); null when unknown or not a reissue
 */
public record FeeSubject(String pubId, String office, String patentType, LocalDate filingDate, LocalDate grantDate,
                         Integer termExtensionDays, String entityStatus, Reduction reduction, List<FeeEvent> events,
                         LocalDate originalGrantDate) {

    /** A subject that is not a reissue, or a reissue whose original's grant date is not known. */
    public FeeSubject(String pubId, String office, String patentType, LocalDate filingDate, LocalDate grantDate,
                      Integer termExtensionDays, String entityStatus, Reduction reduction, List<FeeEvent> events) {
        this(pubId, office, patentType, filingDate, grantDate, termExtensionDays, entityStatus, reduction, events, null);
    }

    /** CN fee reduction (专利收费减缴办法): none, single eligible owner (85%), several eligible owners (70%). */
    public enum Reduction {
        NONE, SINGLE, JOINT
    }

    public FeeSubject {
        events = List.copyOf(events);
        reduction = reduction == null ? Reduction.NONE : reduction;
    }
}
