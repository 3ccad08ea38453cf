package org.patnav.analytics.landscape;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.patnav.analytics.LifeCycle;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/** 3. Life cycle: applications against distinct applicants per complete filing year ({@link LifeCycle}). */
final class LifeCycleAnalysis implements LandscapeAnalysis {

    @Override
    public String id() {
        return "life_cycle";
    }

    @Override
    public Section build(LandscapeContext c) {
        TreeMap<Integer, Long> apps = new TreeMap<>();
        Map<Integer, Set<String>> names = new TreeMap<>();
        for (LandscapeUnit u : c.units()) {
            if (u.filingYear() != null) {
                apps.merge(u.filingYear(), 1L, Long::sum);
                names.computeIfAbsent(u.filingYear(), y -> new HashSet<>()).addAll(u.ownerNames());
            }
        }
        TreeMap<Integer, Long> applicants = new TreeMap<>();
        names.forEach((y, n) -> applicants.put(y, (long) n.size()));
        int lastComplete = c.lastComplete();
        LifeCycle.Reading reading = LifeCycle.read(apps, applicants, lastComplete);
        Table.Builder t = c.table("life_cycle", Column.year("year", c.m().get("col.year")),
                Column.integer("applications", c.m().get("col.applications")),
                Column.integer("applicants", c.m().get("col.applicants")));
        apps.forEach((y, a) -> {
            if (y <= lastComplete) {
                t.row(y, a, applicants.get(y));
            }
        });
        t.note(c.m().get("note.life_cycle"));
        String finding = c.m().get("finding.life_cycle", c.m().get("stage." + reading.stage().id()),
                lastComplete - 4, lastComplete, reading.recentApplications(), reading.earlierApplications(),
                reading.recentApplicants(), reading.earlierApplicants());
        return new Section(id(), c.m().get("section.life_cycle"), List.of(finding),
                List.of(Chart.of("life_cycle", Kind.TRAJECTORY, "life_cycle", "year", "applications", "applicants")),
                List.of(t.build()));
    }
}
