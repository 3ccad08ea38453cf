package org.patnav.ingest.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.patnav.model.Publication;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;

/**
 * The merge rule for one publication seen in several records (the same pub_id from several sources,
 * or twice in one source).
 *
 * <ol>
 *   <li>Records are ranked by source: the office's own full text (USPTO XML) first, then the Chinese
 *       platform exports (mirrors of CNIPA's register), then PatentsView (USPTO data, disambiguated),
 *       then Google Patents (an aggregator); within a source by file and locator, so the result does not
 *       depend on the order records arrive in.</li>
 *   <li>Each single-valued field comes from the best-ranked record that has it.</li>
 *   <li>Titles, abstracts and claims are merged per language, each language from the best-ranked
 *       record that has it (Google adds English titles to Chinese records).</li>
 *   <li>Each list (classifications, parties, priorities, citations) comes whole from the best-ranked
 *       record with a non-empty list: lists from different sources are not unioned, because the same
 *       party spelled two ways would be counted twice. One exception: CPC prefers PatentsView, whose
 *       g_cpc_current holds the current classification while full text holds the one at issue.</li>
 *   <li>The best-ranked record is the row's source; the others are listed in merged_from.</li>
 * </ol>
 */
public final class PublicationMerger {

    private static final List<SourceFormat> RANK = List.of(
            SourceFormat.USPTO_XML, SourceFormat.CN_EXPORT, SourceFormat.PATENTSVIEW_TSV,
            SourceFormat.GOOGLE_JSON);
    private static final List<SourceFormat> CPC_RANK = List.of(
            SourceFormat.PATENTSVIEW_TSV, SourceFormat.USPTO_XML, SourceFormat.CN_EXPORT,
            SourceFormat.GOOGLE_JSON);

    private PublicationMerger() {
    }

    /** Orders records best first by the rule above. */
    public static Comparator<Publication> precedence(List<SourceFormat> rank) {
        return Comparator.<Publication>comparingInt(p -> rankOf(rank, p.source().format()))
                .thenComparing(p -> p.source().file())
                .thenComparing(p -> p.source().locator());
    }

    private static int rankOf(List<SourceFormat> rank, SourceFormat format) {
        int i = rank.indexOf(format);
        return i < 0 ? rank.size() : i;
    }

    public static Publication merge(List<Publication> records) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        List<Publication> ranked = new ArrayList<>(records);
        ranked.sort(precedence(RANK));
        if (ranked.size() == 1) {
            return ranked.get(0);
        }
        Publication best = ranked.get(0);
        Publication.Builder b = best.toBuilder();
        b.country = first(ranked, Publication::country);
        b.number = first(ranked, Publication::number);
        b.kind = first(ranked, Publication::kind);
        b.publicationDate = first(ranked, Publication::publicationDate);
        b.applicationId = first(ranked, Publication::applicationId);
        b.applicationNumber = first(ranked, Publication::applicationNumber);
        b.filingDate = first(ranked, Publication::filingDate);
        b.priorityDate = first(ranked, Publication::priorityDate);
        b.patentType = first(ranked, Publication::patentType);
        b.grantDate = first(ranked, Publication::grantDate);
        b.familyId = first(ranked, Publication::familyId);
        b.claimCount = first(ranked, Publication::claimCount);
        b.entityStatus = first(ranked, Publication::entityStatus);
        b.termExtensionDays = first(ranked, Publication::termExtensionDays);
        b.originalPatent = first(ranked, Publication::originalPatent);
        b.originalGrantDate = first(ranked, Publication::originalGrantDate);
        b.sourceLegalStatus = first(ranked, Publication::sourceLegalStatus);
        b.pctNumber = first(ranked, Publication::pctNumber);
        mergeTexts(ranked, Publication::title, b.title);
        mergeTexts(ranked, Publication::abstractText, b.abstractText);
        mergeTexts(ranked, Publication::claims, b.claims);
        replace(b.priorities, firstNonEmpty(ranked, Publication::priorities));
        replace(b.ipc, firstNonEmpty(ranked, Publication::ipc));
        List<Publication> byCpcRank = new ArrayList<>(records);
        byCpcRank.sort(precedence(CPC_RANK));
        replace(b.cpc, firstNonEmpty(byCpcRank, Publication::cpc));
        replace(b.applicants, firstNonEmpty(ranked, Publication::applicants));
        replace(b.assignees, firstNonEmpty(ranked, Publication::assignees));
        replace(b.owners, firstNonEmpty(ranked, Publication::owners));
        replace(b.inventors, firstNonEmpty(ranked, Publication::inventors));
        replace(b.citations, firstNonEmpty(ranked, Publication::citations));
        List<SourceRef> merged = new ArrayList<>(best.mergedFrom());
        for (Publication p : ranked.subList(1, ranked.size())) {
            merged.add(p.source());
            merged.addAll(p.mergedFrom());
        }
        merged.sort(Comparator.comparing((SourceRef s) -> s.format().id())
                .thenComparing(SourceRef::file).thenComparing(SourceRef::locator));
        replace(b.mergedFrom, merged);
        return b.build();
    }

    private static <T> T first(List<Publication> ranked, Function<Publication, T> field) {
        for (Publication p : ranked) {
            T v = field.apply(p);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static <T> List<T> firstNonEmpty(List<Publication> ranked, Function<Publication, List<T>> field) {
        for (Publication p : ranked) {
            List<T> v = field.apply(p);
            if (!v.isEmpty()) {
                return v;
            }
        }
        return List.of();
    }

    private static void mergeTexts(List<Publication> ranked, Function<Publication, Map<String, String>> field,
                                   Map<String, String> into) {
        into.clear();
        for (Publication p : ranked) {
            field.apply(p).forEach(into::putIfAbsent);
        }
    }

    private static <T> void replace(List<T> target, List<T> values) {
        target.clear();
        target.addAll(values);
    }
}
