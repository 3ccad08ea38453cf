package org.patnav.analytics.landscape;

import static org.patnav.analytics.landscape.LandscapeContext.pct;
import static org.patnav.analytics.landscape.LandscapeContext.share;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patnav.normalize.ApplicantNames;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * 10. Companies the analyst names: rank, share and growth of each, and its technology overlap with the
 * five leading applicants (Jaccard similarity of their IPC subclass sets).
 */
final class Companies implements LandscapeAnalysis {

    private static final int LEADERS = 5;

    @Override
    public String id() {
        return "companies";
    }

    @Override
    public boolean applies(LandscapeContext c) {
        return !c.companies().isEmpty();
    }

    @Override
    public Section build(LandscapeContext c) {
        ApplicantNames names = ApplicantNames.defaults();
        long total = c.total();
        int lastComplete = c.lastComplete();
        int r3 = lastComplete - 2;
        Table.Builder position = c.table("company_positions", Column.text("company", c.m().get("col.company")),
                Column.integer("rank", c.m().get("col.rank")), Column.integer("applications", c.m().get("col.applications")),
                Column.percent("share", c.m().get("col.share")), Column.integer("recent", c.m().get("col.recent", r3, lastComplete)),
                Column.integer("previous", c.m().get("col.previous", r3 - 3, r3 - 1)), Column.percent("growth", c.m().get("col.growth")));
        Table.Builder overlap = c.table("company_overlap", Column.text("company", c.m().get("col.company")),
                Column.text("applicant", c.m().get("col.top_applicant")), Column.percent("overlap", c.m().get("col.overlap")));
        Map<String, Long> perOwner = c.countBy(u -> true, u -> u.ownerNames().stream());
        List<String> leaders = LandscapeContext.ranked(perOwner, LEADERS).stream().map(Map.Entry::getKey).toList();
        List<String> findings = new ArrayList<>();
        for (String raw : c.companies()) {
            String name = names.normalise(raw);
            long n = perOwner.getOrDefault(name, 0L);
            long recent = rows(c, name, r3, lastComplete);
            long previous = rows(c, name, r3 - 3, r3 - 1);
            long rank = perOwner.values().stream().filter(x -> x > n).count() + 1;
            position.row(name, n == 0 ? null : rank, n, share(n, total), recent, previous,
                    previous == 0 ? null : (double) recent / previous - 1);
            for (String leader : leaders) {
                if (!leader.equals(name)) {
                    overlap.row(name, leader, jaccard(subclasses(c, name), subclasses(c, leader)));
                }
            }
            findings.add(n == 0 ? c.m().get("finding.company.none", name)
                    : c.m().get("finding.company", name, rank, n, pct(share(n, total)), recent, previous));
        }
        overlap.note(c.m().get("note.overlap"));
        return new Section(id(), c.m().get("section.companies"), findings,
                List.of(Chart.of("company_positions", Kind.BAR, "company_positions", "company", "applications", "recent"),
                        Chart.of("company_overlap", Kind.RANKED_BAR, "company_overlap", "applicant", "overlap")),
                List.of(position.build(), overlap.build()));
    }

    /** The owner's rows filed in [from, to], counted as the applicant ranking counts them. */
    private static long rows(LandscapeContext c, String owner, int from, int to) {
        return c.units().stream().filter(u -> LandscapeContext.filedBetween(u, from, to))
                .mapToLong(u -> u.ownerNames().stream().filter(owner::equals).count()).sum();
    }

    private static Set<String> subclasses(LandscapeContext c, String owner) {
        Set<String> out = new HashSet<>();
        c.units().stream().filter(u -> u.ownerNames().contains(owner)).forEach(u -> out.addAll(u.subclasses()));
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return union.isEmpty() ? 0.0 : (double) both.size() / union.size();
    }
}
