package org.patnav.model;

import java.time.LocalDate;
import java.util.List;
import org.patnav.analytics.fees.FeeEvent;
import org.patnav.analytics.highvalue.HighValueCandidate;

/**
 * One row of the fact table ({@code W/facts}, {@code docs/model.md}): an application with everything the
 * analyses read. The <em>latest</em> publication gives title, office, type, applicants and inventors;
 * the <em>holder</em> publication (the grant, else the latest) says who holds the patent now and is the
 * one the fee engine and the high-value classifier judge, as in the watchlist and the indicators.
 *
 * @param app            the application id, or the publication id of a publication without one
 * @param earliestDate   the earliest priority date, else the filing date
 * @param applicants     owners of the latest publication by the rule of {@code OwnerColumns.allOwners}
 * @param citing         the other applications of the warehouse citing any publication of this one
 * @param familySize     applications of the simple family in the warehouse (1 without a family id)
 * @param familyOffices  offices of those applications
 * @param text           title and abstract of the latest publication, every language (the SEI keywords)
 * @param holderName     the holder publication's first current owner (after a transfer, not the applicant)
 * @param events         the events deciding fee status, by the watchlist's keying; transfers, licences and
 *                       pledges among them
 * @param branches       the industry-chain branches the application is placed on ({@code W/chains}), each
 *                       {@code sector/branch} and, for a sub-branch, {@code sector/branch/sub-branch}
 * @param pubIds         every publication of the application (a register names a patent by its grant)
 * @param effects        the ids of the technical effects ({@code effects.tsv}) its abstract or first claim
 *                       states, by {@code EffectMatcher}'s rule
 */
public record ApplicationFact(String app, String pubId, String titleZh, String titleEn, String office,
                              String patentType, LocalDate publicationDate, LocalDate filingDate,
                              LocalDate priorityDate, LocalDate earliestDate, LocalDate grantDate,
                              LocalDate originalGrantDate, Integer termExtensionDays, Integer claimCount,
                              String familyId, String pctNumber, String entityStatus, List<Owner> applicants,
                              List<String> inventors, List<String> ipc, String text, String holderPubId,
                              String holderOffice, String holderPatentType, String holderName, String holderCountry,
                              String holderRegion, List<String> citing, long familySize, long familyOffices,
                              List<HighValueCandidate.Grant> familyGrants, List<String> sectors, List<FeeEvent> events,
                              List<String> branches, List<String> effects, List<String> pubIds) {

    /** An owner as the analyses count it: normalised name, type, country, division code. */
    public record Owner(String name, String type, String country, String regionCode) {
    }

    public ApplicationFact {
        applicants = copy(applicants);
        inventors = copy(inventors);
        ipc = copy(ipc);
        citing = copy(citing);
        familyGrants = copy(familyGrants);
        sectors = copy(sectors);
        events = copy(events);
        branches = copy(branches);
        effects = copy(effects);
        pubIds = copy(pubIds);
    }

    /** An unmodifiable copy that keeps null elements: a source may name an inventor without a name. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }
}
