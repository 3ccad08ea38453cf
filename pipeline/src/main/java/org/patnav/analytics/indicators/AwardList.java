package org.patnav.analytics.indicators;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patnav.normalize.InputTable;

/**
 * Patents that won a national science and technology award (国家科学技术奖) or the China Patent Award
 * (中国专利奖): {@code patent_number,award,year} and optional {@code source}. Criterion 5 of the
 * high-value definition; the award lists are published as documents, not data, so the bureau keeps this.
 */
public record AwardList(List<Entry> entries) {

    public record Entry(PatentRef patent, String award, int year, String source) {
    }

    public AwardList {
        entries = List.copyOf(entries);
    }

    public static AwardList none() {
        return new AwardList(List.of());
    }

    public static AwardList read(Path file) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (InputTable.Row r : InputTable.read(file, List.of("patent_number", "award", "year"))) {
            out.add(new Entry(PatentRef.of(r, r.get("patent_number")), r.get("award"), r.integer("year"), r.optional("source")));
        }
        return new AwardList(out);
    }
}
