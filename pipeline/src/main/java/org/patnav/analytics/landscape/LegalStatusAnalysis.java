package org.patnav.analytics.landscape;

import static org.patnav.analytics.landscape.LandscapeContext.pct;
import static org.patnav.analytics.landscape.LandscapeContext.share;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * 8. Legal status on the as-of date, the fee engine's (the watchlist's and the indicators' definition),
 * and the Chinese patents free to use: lapsed or expired CNIPA patents, most cited first.
 */
final class LegalStatusAnalysis implements LandscapeAnalysis {

    /** The statuses the table lists, in this order, zero rows included. */
    static final List<String> STATUSES = List.of("valid", "pending", "restorable", "lapsed", "expired");
    private static final int FREE_ROWS = 50;

    @Override
    public String id() {
        return "legal_status";
    }

    @Override
    public Section build(LandscapeContext c) {
        long total = c.total();
        Table.Builder status = c.table("legal_status", Column.text("status", c.m().get("col.status_id")),
                Column.text("label", c.m().get("col.status")), Column.integer("applications", c.m().get("col.applications")),
                Column.percent("share", c.m().get("col.share")));
        Map<String, Long> counts = new LinkedHashMap<>();
        STATUSES.forEach(s -> counts.put(s, 0L));
        c.units().forEach(u -> counts.merge(u.statusId(), 1L, Long::sum));
        counts.forEach((s, n) -> status.row(s, c.statusName(s), n, share(n, total)));
        status.note(c.m().get("note.legal_status", c.asOf().toString()));
        Predicate<LandscapeUnit> free = LandscapeUnit::freeToUseInChina;
        Table.Builder freeTable = c.patentTable("free_to_use", Column.text("status", c.m().get("col.status")),
                Column.date("since", c.m().get("col.since")), Column.integer("cited_by", c.m().get("col.cited_by")),
                Column.integer("family_size", c.m().get("col.family_size")));
        c.units().stream().filter(free)
                .sorted(Comparator.comparingLong(LandscapeUnit::citedBy).reversed()
                        .thenComparing(Comparator.comparingLong(LandscapeUnit::familySize).reversed())
                        .thenComparing(LandscapeUnit::statusSince, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()).reversed())
                        .thenComparing(LandscapeUnit::pubId))
                .limit(FREE_ROWS).forEach(u -> {
                    List<Object> row = c.patentCells(u);
                    row.addAll(java.util.Arrays.asList(c.statusName(u.statusId()), u.statusSince(), u.citedBy(), u.familySize()));
                    freeTable.row(row.toArray());
                });
        freeTable.note(c.m().get("note.free_to_use"));
        long freeInChina = c.count(free);
        String finding = c.m().get("finding.legal", counts.get("valid"), pct(share(counts.get("valid"), total)),
                counts.get("lapsed"), counts.get("expired"), freeInChina);
        return new Section(id(), c.m().get("section.legal_status"), List.of(finding),
                List.of(Chart.of("legal_status", Kind.PIE, "legal_status", "label", "applications")),
                List.of(status.build(), freeTable.build()));
    }
}
