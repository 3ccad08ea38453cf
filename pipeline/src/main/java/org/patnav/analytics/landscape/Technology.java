package org.patnav.analytics.landscape;

import static org.patnav.analytics.landscape.LandscapeContext.share;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * 6. Technology, by IPC with full counting: subclasses, main groups, the five largest groups per year,
 * hot spots (groups growing fastest: the last three complete years against the three before, at least 3
 * and 2 applications) and gaps (groups active elsewhere with nothing from the focus region).
 */
final class Technology implements LandscapeAnalysis {

    private static final int TOP_CLASSES = 15;
    private static final int BRANCHES = 5;
    private static final int TOP_HOT = 10;
    private static final int HOT_MIN_RECENT = 3;
    private static final int HOT_MIN_PREVIOUS = 2;

    @Override
    public String id() {
        return "technology";
    }

    /** A main group's counts: all, recent, previous, and from the focus region. */
    private record GroupCounts(String group, long all, long recent, long previous, long local) {
    }

    @Override
    public Section build(LandscapeContext c) {
        long total = c.total();
        Table.Builder subclasses = c.table("ipc_subclasses", Column.text("subclass", c.m().get("col.subclass")),
                Column.text("title", c.m().get("col.ipc_title")), Column.integer("applications", c.m().get("col.applications")),
                Column.percent("share", c.m().get("col.share")));
        for (Map.Entry<String, Long> e : LandscapeContext.ranked(c.<String>countBy(u -> true, u -> u.subclasses().stream()), TOP_CLASSES)) {
            subclasses.row(e.getKey(), c.ipcTitle(e.getKey()), e.getValue(), share(e.getValue(), total));
        }
        subclasses.note(c.m().get("note.ipc_counting"));
        Table.Builder groups = c.table("ipc_groups", Column.text("group", c.m().get("col.group")),
                Column.text("title", c.m().get("col.ipc_title")), Column.integer("applications", c.m().get("col.applications")),
                Column.percent("share", c.m().get("col.share")));
        List<Map.Entry<String, Long>> groupRows = LandscapeContext.ranked(c.<String>countBy(u -> true, u -> u.groups().stream()), TOP_CLASSES);
        for (Map.Entry<String, Long> e : groupRows) {
            groups.row(e.getKey(), c.ipcTitle(e.getKey()), e.getValue(), share(e.getValue(), total));
        }

        // Branch trends: the five largest main groups per filing year.
        List<String> branches = groupRows.stream().limit(BRANCHES).map(Map.Entry::getKey).toList();
        List<Column> cols = new ArrayList<>();
        cols.add(Column.year("year", c.m().get("col.year")));
        for (int i = 0; i < branches.size(); i++) {
            cols.add(Column.integer("b" + (i + 1), branches.get(i)));
        }
        TreeMap<Integer, long[]> perYear = new TreeMap<>();
        for (LandscapeUnit u : c.units()) {
            if (u.filingYear() == null) {
                continue;
            }
            for (String g : u.groups()) {
                int i = branches.indexOf(g);
                if (i >= 0) {
                    perYear.computeIfAbsent(u.filingYear(), y -> new long[branches.size()])[i]++;
                }
            }
        }
        c.fillYears(perYear, branches.size());
        Table.Builder trends = Table.builder("branch_trends", c.m().get("table.branch_trends"), cols.toArray(Column[]::new));
        perYear.forEach((y, v) -> {
            List<Object> row = new ArrayList<>();
            row.add(y);
            for (long x : v) {
                row.add(x);
            }
            trends.row(row.toArray());
        });
        trends.note(c.m().get("note.incomplete", c.incompleteFrom(), c.asOf().minusMonths(LandscapeContext.LAG_MONTHS).toString()));

        int lastComplete = c.lastComplete();
        int r3 = lastComplete - 2;
        Map<String, long[]> counts = new HashMap<>();
        for (LandscapeUnit u : c.units()) {
            for (String g : u.groups()) {
                long[] n = counts.computeIfAbsent(g, k -> new long[4]);
                n[0]++;
                n[1] += LandscapeContext.filedBetween(u, r3, lastComplete) ? 1 : 0;
                n[2] += LandscapeContext.filedBetween(u, r3 - 3, r3 - 1) ? 1 : 0;
                n[3] += c.inRegion(u.ownerRegion()) ? 1 : 0;
            }
        }
        List<GroupCounts> all = counts.entrySet().stream()
                .map(e -> new GroupCounts(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
        Table.Builder hot = c.table("hot_spots", Column.text("group", c.m().get("col.group")),
                Column.text("title", c.m().get("col.ipc_title")), Column.integer("recent", c.m().get("col.recent", r3, lastComplete)),
                Column.integer("previous", c.m().get("col.previous", r3 - 3, r3 - 1)), Column.percent("growth", c.m().get("col.growth")));
        List<GroupCounts> hotRows = all.stream().filter(g -> g.previous() >= HOT_MIN_PREVIOUS && g.recent() >= HOT_MIN_RECENT)
                .sorted(Comparator.comparingDouble((GroupCounts g) -> (double) g.recent() / g.previous()).reversed()
                        .thenComparing(Comparator.comparingLong(GroupCounts::recent).reversed())
                        .thenComparing(GroupCounts::group))
                .limit(TOP_HOT).toList();
        for (GroupCounts g : hotRows) {
            hot.row(g.group(), c.ipcTitle(g.group()), g.recent(), g.previous(), (double) g.recent() / g.previous() - 1);
        }
        hot.note(c.m().get("note.hot_spots"));
        // Gaps: main groups active in the sector elsewhere, with nothing from the focus region.
        Table.Builder gaps = c.table("gaps", Column.text("group", c.m().get("col.group")),
                Column.text("title", c.m().get("col.ipc_title")), Column.integer("applications", c.m().get("col.applications_elsewhere")));
        List<GroupCounts> gapRows = all.stream().filter(g -> g.local() == 0)
                .sorted(Comparator.comparingLong(GroupCounts::all).reversed().thenComparing(GroupCounts::group))
                .limit(TOP_HOT).toList();
        for (GroupCounts g : gapRows) {
            gaps.row(g.group(), c.ipcTitle(g.group()), g.all());
        }
        List<String> findings = new ArrayList<>();
        if (!groupRows.isEmpty()) {
            findings.add(c.m().get("finding.technology", groupRows.getFirst().getKey(),
                    c.ipcTitle(groupRows.getFirst().getKey()), groupRows.getFirst().getValue()));
        }
        if (!hotRows.isEmpty()) {
            findings.add(c.m().get("finding.hot_spots", hotRows.getFirst().group(), hotRows.getFirst().recent(),
                    hotRows.getFirst().previous()));
        }
        findings.add(gapRows.isEmpty() ? c.m().get("finding.gaps.none", c.regionName(c.region()))
                : c.m().get("finding.gaps", c.regionName(c.region()), gapRows.getFirst().group(), gapRows.getFirst().all()));
        return new Section(id(), c.m().get("section.technology"), findings,
                List.of(Chart.of("ipc_subclasses", Kind.RANKED_BAR, "ipc_subclasses", "subclass", "applications"),
                        new Chart("branch_trends", Kind.LINE, "branch_trends", "year",
                                cols.stream().skip(1).map(Column::id).toList(), String.valueOf(c.incompleteFrom()),
                                c.m().get("chart.incomplete"), null, null),
                        Chart.of("hot_spots", Kind.RANKED_BAR, "hot_spots", "group", "recent", "previous"),
                        Chart.of("gaps", Kind.RANKED_BAR, "gaps", "group", "applications")),
                List.of(subclasses.build(), groups.build(), trends.build(), hot.build(), gaps.build()));
    }
}
