package org.patnav.ingest.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.patnav.model.SourceRef;
import org.patnav.model.Trademark;

/**
 * Sightings of one mark (same office and application number) become one row: the one with the latest
 * status date speaks for the mark (a later download knows more), ties broken by source so the result
 * does not depend on input order; the others are listed in merged_from.
 */
public final class TrademarkMerger {

    private static final Comparator<SourceRef> SOURCE = Comparator.comparing((SourceRef s) -> s.format().id())
            .thenComparing(SourceRef::file).thenComparing(SourceRef::locator);
    private static final Comparator<Trademark> LATEST_FIRST = Comparator
            .comparing((Trademark t) -> t.statusDate() == null ? LocalDate.MIN : t.statusDate()).reversed()
            .thenComparing(Trademark::source, SOURCE);

    private TrademarkMerger() {
    }

    public static Trademark merge(List<Trademark> sightings) {
        if (sightings.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        List<Trademark> ordered = new ArrayList<>(sightings);
        ordered.sort(LATEST_FIRST);
        Trademark kept = ordered.getFirst();
        if (ordered.size() == 1) {
            return kept;
        }
        List<SourceRef> others = new ArrayList<>(kept.mergedFrom());
        for (Trademark t : ordered.subList(1, ordered.size())) {
            others.add(t.source());
            others.addAll(t.mergedFrom());
        }
        others.sort(SOURCE);
        return new Trademark(kept.id(), kept.office(), kept.applicationNumber(), kept.registrationNumber(), kept.markText(),
                kept.owners(), kept.niceClasses(), kept.filingDate(), kept.registrationDate(), kept.renewalDate(),
                kept.expiryDate(), kept.statusCode(), kept.statusText(), kept.statusDate(), kept.live(), kept.source(), others);
    }
}
