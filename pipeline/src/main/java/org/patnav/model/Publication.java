package org.patnav.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One publication document (a row of the {@code patents} table). A CN application published as A
 * and granted as B is two publications sharing one {@code applicationId}.
 *
 * <p>Fields a source does not carry are null (lists are empty, never null). Texts are keyed by
 * ISO 639-1 language code ({@code zh}, {@code en}, ...), in key order so rows are reproducible.
 *
 * @param pubId            DOCDB-style key: {@code CN-101481674-B}, {@code US-D656296-S1}
 * @param number           the publication number without country and kind, leading zeros dropped
 * @param applicationId    {@code CC-NUMBER} without check digit or punctuation: the key shared by
 *                         every publication of one application
 * @param applicationNumber the application number as the office writes it ({@code 200710308494.X},
 *                         {@code 12/134,151})
 * @param priorityDate     earliest priority date (the filing date when nothing is claimed)
 * @param claimCount       number of claims, when the source states it
 * @param entityStatus     US fee entity size (large / small / micro) when the source states it
 * @param termExtensionDays US patent term adjustment in days
 * @param sourceLegalStatus legal status text as the source states it (CN exports), not interpreted
 * @param mergedFrom       the other records merged into this row (same pub_id from other sources)
 * @param pctNumber        the international (PCT) application the application comes from, as the source
 *                         writes it ({@code PCT/EP2008/062623}); null for a direct filing or when the
 *                         source does not say. An EP publication with one is a Euro-PCT application.
 * @param originalPatent   for a reissue: the key of the original patent it reissues ({@code US-6123456}),
 *                         from the full text's {@code us-related-documents/reissue}; null otherwise
 * @param originalGrantDate for a reissue: the original patent's grant date, when the source gives it; the
 *                         reissue keeps the original's maintenance-fee schedule and term (MPEP 2506)
 */
public record Publication(
        String pubId,
        String country,
        String number,
        String kind,
        LocalDate publicationDate,
        String applicationId,
        String applicationNumber,
        LocalDate filingDate,
        LocalDate priorityDate,
        List<Priority> priorities,
        PatentType patentType,
        LocalDate grantDate,
        String familyId,
        SortedMap<String, String> title,
        SortedMap<String, String> abstractText,
        SortedMap<String, String> claims,
        Integer claimCount,
        List<Classification> ipc,
        List<Classification> cpc,
        List<Party> applicants,
        List<Party> assignees,
        List<Party> owners,
        List<Party> inventors,
        List<Citation> citations,
        String entityStatus,
        Integer termExtensionDays,
        String sourceLegalStatus,
        SourceRef source,
        List<SourceRef> mergedFrom,
        String pctNumber,
        String originalPatent,
        LocalDate originalGrantDate) {

    public Publication {
        priorities = List.copyOf(priorities);
        title = immutableSorted(title);
        abstractText = immutableSorted(abstractText);
        claims = immutableSorted(claims);
        ipc = List.copyOf(ipc);
        cpc = List.copyOf(cpc);
        applicants = List.copyOf(applicants);
        assignees = List.copyOf(assignees);
        owners = List.copyOf(owners);
        inventors = List.copyOf(inventors);
        citations = List.copyOf(citations);
        mergedFrom = List.copyOf(mergedFrom);
    }

    private static SortedMap<String, String> immutableSorted(Map<String, String> texts) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(texts));
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.pubId = pubId;
        b.country = country;
        b.number = number;
        b.kind = kind;
        b.publicationDate = publicationDate;
        b.applicationId = applicationId;
        b.applicationNumber = applicationNumber;
        b.filingDate = filingDate;
        b.priorityDate = priorityDate;
        b.priorities.addAll(priorities);
        b.patentType = patentType;
        b.grantDate = grantDate;
        b.familyId = familyId;
        b.title.putAll(title);
        b.abstractText.putAll(abstractText);
        b.claims.putAll(claims);
        b.claimCount = claimCount;
        b.ipc.addAll(ipc);
        b.cpc.addAll(cpc);
        b.applicants.addAll(applicants);
        b.assignees.addAll(assignees);
        b.owners.addAll(owners);
        b.inventors.addAll(inventors);
        b.citations.addAll(citations);
        b.entityStatus = entityStatus;
        b.termExtensionDays = termExtensionDays;
        b.sourceLegalStatus = sourceLegalStatus;
        b.source = source;
        b.mergedFrom.addAll(mergedFrom);
        b.pctNumber = pctNumber;
        b.originalPatent = originalPatent;
        b.originalGrantDate = originalGrantDate;
        return b;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable collector the readers fill while they stream through a record. */
    public static final class Builder {
        public String pubId;
        public String country;
        public String number;
        public String kind;
        public LocalDate publicationDate;
        public String applicationId;
        public String applicationNumber;
        public LocalDate filingDate;
        public LocalDate priorityDate;
        public final List<Priority> priorities = new ArrayList<>();
        public PatentType patentType;
        public LocalDate grantDate;
        public String familyId;
        public final SortedMap<String, String> title = new TreeMap<>();
        public final SortedMap<String, String> abstractText = new TreeMap<>();
        public final SortedMap<String, String> claims = new TreeMap<>();
        public Integer claimCount;
        public final List<Classification> ipc = new ArrayList<>();
        public final List<Classification> cpc = new ArrayList<>();
        public final List<Party> applicants = new ArrayList<>();
        public final List<Party> assignees = new ArrayList<>();
        public final List<Party> owners = new ArrayList<>();
        public final List<Party> inventors = new ArrayList<>();
        public final List<Citation> citations = new ArrayList<>();
        public String entityStatus;
        public Integer termExtensionDays;
        public String sourceLegalStatus;
        public SourceRef source;
        public final List<SourceRef> mergedFrom = new ArrayList<>();
        public String pctNumber;
        public String originalPatent;
        public LocalDate originalGrantDate;

        private Builder() {
        }

        public Publication build() {
            return new Publication(pubId, country, number, kind, publicationDate, applicationId,
                    applicationNumber, filingDate, priorityDate, priorities, patentType, grantDate,
                    familyId, title, abstractText, claims, claimCount, ipc, cpc, applicants, assignees,
                    owners, inventors, citations, entityStatus, termExtensionDays, sourceLegalStatus,
                    source, mergedFrom, pctNumber, originalPatent, originalGrantDate);
        }
    }
}
