package org.patnav.analytics.landscape;

import static org.patnav.analytics.landscape.LandscapeContext.pct;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * 2. Trend: units per year by filing, earliest priority and grant date; the finding compares the last
 * complete year with five years before (years within the publication lag are incomplete).
 */
final class Trend implements LandscapeAnalysis {

    @Override
    public String id() {
        return "trend";
    }

    @Override
    public Section build(LandscapeContext c) {
        TreeMap<Integer, long[]> byYear = new TreeMap<>();
        for (LandscapeUnit u : c.units()) {
            if (u.filingYear() != null) {
                byYear.computeIfAbsent(u.filingYear(), y -> new long[3])[0]++;
            }
            if (u.priorityYear() != null) {
                byYear.computeIfAbsent(u.priorityYear(), y -> new long[3])[1]++;
            }
            if (u.grantedBy(c.asOf())) {
                byYear.computeIfAbsent(u.grantYear(), y -> new long[3])[2]++;
            }
        }
        c.fillYears(byYear, 3);
        Table.Builder t = c.table("trend", Column.year("year", c.m().get("col.year")),
                Column.integer("filings", c.m().get("col.filings")), Column.integer("priority", c.m().get("col.priority")),
                Column.integer("grants", c.m().get("col.grants")));
        byYear.forEach((y, v) -> t.row(y, v[0], v[1], v[2]));
        t.note(c.m().get("note.incomplete", c.incompleteFrom(), c.asOf().minusMonths(LandscapeContext.LAG_MONTHS).toString()));
        int lastComplete = c.lastComplete();
        List<String> findings = new ArrayList<>();
        long last = byYear.containsKey(lastComplete) ? byYear.get(lastComplete)[0] : 0;
        long fiveBefore = byYear.containsKey(lastComplete - 5) ? byYear.get(lastComplete - 5)[0] : 0;
        findings.add(fiveBefore == 0 ? c.m().get("finding.trend.new", lastComplete, last)
                : c.m().get("finding.trend", lastComplete, last, lastComplete - 5, fiveBefore,
                pct((double) last / fiveBefore - 1)));
        return new Section(id(), c.m().get("section.trend"), findings,
                List.of(Chart.of("trend", Kind.LINE, "trend", "year", "filings", "priority", "grants")
                        .shaded(String.valueOf(c.incompleteFrom()), c.m().get("chart.incomplete"))),
                List.of(t.build()));
    }
}
