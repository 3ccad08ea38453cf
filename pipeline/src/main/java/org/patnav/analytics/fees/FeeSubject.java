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
 * @param priorityDate      earliest priority date (the filing date when none is claimed), null when unknown
 * @param pctNumber         the international application the patent comes from ({@code PCT/CN2023/084355}),
 *                          null for a direct filing: an EP subject with one is a Euro-PCT application
 * @param termExtensions    CN term compensations the bureau's register records for the patent (专利法 第四十二条)
 * @param openLicences      open licences the bureau's register records for the patent (专利法 第五十条)
 * @param originalGrantDate for a reissue ({@code reissue}), the grant date of the original patent it reissues:
 *                          the reissue keeps the original's maintenance-fee schedule and term (35 U.S.C. 251,
 *                          41(b); MPEP 2506); null when unknown or not a reissue
 */
public record FeeSubject(String pubId, String office, String patentType, LocalDate filingDate, LocalDate grantDate,
                         Integer termExtensionDays, String entityStatus, Reduction reduction, List<FeeEvent> events,
                         LocalDate priorityDate, String pctNumber,
                         List<TermExtension> termExtensions, List<OpenLicencePeriod> openLicences,
                         LocalDate originalGrantDate) {

    /** CN fee reduction (专利收费减缴办法): none, single eligible owner (85%), several eligible owners (70%). */
    public enum Reduction {
        NONE, SINGLE, JOINT
    }

    public FeeSubject {
        events = List.copyOf(events);
        reduction = reduction == null ? Reduction.NONE : reduction;
        termExtensions = termExtensions == null ? List.of() : List.copyOf(termExtensions);
        openLicences = openLicences == null ? List.of() : List.copyOf(openLicences);
    }

    /** A subject filed directly, with no priority date known, that no register speaks of. */
    public FeeSubject(String pubId, String office, String patentType, LocalDate filingDate, LocalDate grantDate,
                      Integer termExtensionDays, String entityStatus, Reduction reduction, List<FeeEvent> events) {
        this(pubId, office, patentType, filingDate, grantDate, termExtensionDays, entityStatus, reduction, events,
                null, null, null);
    }

    /** A subject with its priority, international application and, for a reissue, the original's grant date. */
    public FeeSubject(String pubId, String office, String patentType, LocalDate filingDate, LocalDate grantDate,
                      Integer termExtensionDays, String entityStatus, Reduction reduction, List<FeeEvent> events,
                      LocalDate priorityDate, String pctNumber, LocalDate originalGrantDate) {
        this(pubId, office, patentType, filingDate, grantDate, termExtensionDays, entityStatus, reduction, events,
                priorityDate, pctNumber, List.of(), List.of(), originalGrantDate);
    }

    /** The same subject with what the registers record for it. */
    public FeeSubject withRegisters(List<TermExtension> extensions, List<OpenLicencePeriod> licences) {
        return new FeeSubject(pubId, office, patentType, filingDate, grantDate, termExtensionDays, entityStatus, reduction,
                events, priorityDate, pctNumber, extensions, licences, originalGrantDate);
    }
}
