package org.patnav.ingest.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.patnav.model.LegalEvent;
import org.patnav.model.SourceRef;

/**
 * Identical events (same subject, date and code: {@link LegalEvent#eventKey()}) seen more than once
 * become one row. The USPTO's maintenance-fee file is cumulative, so every weekly file repeats every
 * earlier event; the earliest sighting (by format, file, locator) is kept, the rest are listed in
 * merged_from.
 */
public final class LegalEventMerger {

    private static final Comparator<SourceRef> ORDER = Comparator.comparing((SourceRef s) -> s.format().id())
            .thenComparing(SourceRef::file).thenComparing(SourceRef::locator);

    private LegalEventMerger() {
    }

    public static LegalEvent merge(List<LegalEvent> sightings) {
        if (sightings.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        List<LegalEvent> ordered = new ArrayList<>(sightings);
        ordered.sort(Comparator.comparing(LegalEvent::source, ORDER));
        LegalEvent kept = ordered.get(0);
        if (ordered.size() == 1) {
            return kept;
        }
        List<SourceRef> others = new ArrayList<>(kept.mergedFrom());
        for (LegalEvent e : ordered.subList(1, ordered.size())) {
            others.add(e.source());
            others.addAll(e.mergedFrom());
        }
        others.sort(ORDER);
        return kept.withMergedFrom(others);
    }
}
