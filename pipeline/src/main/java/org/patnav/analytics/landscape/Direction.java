package org.patnav.analytics.landscape;

import static org.patnav.analytics.landscape.LandscapeContext.share;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.patnav.model.ApplicationFact;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * 12. Direction (产业发展方向): per branch of the chain, the world's and the nation's growth (last three
 * complete years against the three before), the share of recent filings, the branch's share of the
 * sector's filings in both windows and its change (a branch <em>gains</em> when its share rises by at least
 * {@value #MOVE_POINTS} percentage points, <em>loses</em> when it falls as much), and new entrants (an
 * applicant whose first unit on the branch was filed in the recent window). The technology roadmap follows
 * the sector's {@value #LINEAGES} most-cited units: each with the sector's units citing it, by year.
 */
final class Direction implements NavigationAnalysis {

    static final double MOVE_POINTS = 2.0;
    static final int LINEAGES = 5;
    private static final int ENTRANTS_PER_BRANCH = 3;

    @Override
    public String id() {
        return "direction";
    }


    @Override
    public Section build(LandscapeContext c) {
        ChainPositions p = c.positions();
        int last = c.lastComplete();
        long sectorRecent = p.world().recent();
        long sectorPrevious = p.world().previous();
        Table.Builder direction = c.table("branch_direction", Column.text("branch", c.m().get("col.branch")),
                Column.integer("world", c.m().get("col.world")), Column.percent("world_growth", c.m().get("col.world_growth")),
                Column.integer("nation", c.m().get("col.nation")), Column.percent("nation_growth", c.m().get("col.nation_growth")),
                Column.percent("recent_share", c.m().get("col.recent_share", last - 2, last)),
                Column.percent("share_recent", c.m().get("col.share_of_sector", last - 2, last)),
                Column.percent("share_previous", c.m().get("col.share_of_sector", last - 5, last - 3)),
                Column.decimal("change_points", c.m().get("col.change_points")),
                Column.integer("new_entrants", c.m().get("col.new_entrants")),
                Column.text("trend", c.m().get("col.trend")));
        Table.Builder entrants = c.table("branch_entrants", Column.text("branch", c.m().get("col.branch")),
                Column.text("applicant", c.m().get("col.applicant")), Column.text("country", c.m().get("col.country")),
                Column.year("first_year", c.m().get("col.first_year")), Column.integer("applications", c.m().get("col.applications")));
        List<String> gaining = new ArrayList<>();
        List<String> losing = new ArrayList<>();
        for (ChainPositions.Position pos : p.branches()) {
            double shareRecent = share(pos.world().recent(), sectorRecent);
            double sharePrevious = share(pos.world().previous(), sectorPrevious);
            double points = 100 * (shareRecent - sharePrevious);
            String trend = points >= MOVE_POINTS ? "gaining" : points <= -MOVE_POINTS ? "losing" : "stable";
            if (trend.equals("gaining")) {
                gaining.add(c.branchName(pos.node()));
            } else if (trend.equals("losing")) {
                losing.add(c.branchName(pos.node()));
            }
            Map<String, Integer> firstYear = new HashMap<>();
            Map<String, Long> units = new HashMap<>();
            Map<String, String> country = new HashMap<>();
            for (LandscapeUnit u : pos.units()) {
                for (ApplicationFact.Owner o : u.owners()) {
                    units.merge(o.name(), 1L, Long::sum);
                    country.putIfAbsent(o.name(), o.country());
                    if (u.filingYear() != null) {
                        firstYear.merge(o.name(), u.filingYear(), Math::min);
                    }
                }
            }
            List<String> newcomers = firstYear.entrySet().stream().filter(e -> e.getValue() >= last - 2 && e.getValue() <= last)
                    .map(Map.Entry::getKey).sorted(Comparator.comparing((String n) -> units.get(n)).reversed()
                            .thenComparing(Comparator.naturalOrder())).toList();
            newcomers.stream().limit(ENTRANTS_PER_BRANCH).forEach(n -> entrants.row(c.branchName(pos.node()), n,
                    country.get(n), firstYear.get(n), units.get(n)));
            direction.row(c.branchName(pos.node()), pos.world().units(), pos.world().growth(), pos.nation().units(),
                    pos.nation().growth(), share(pos.world().recent(), pos.world().units()), shareRecent, sharePrevious,
                    Math.round(points * 10) / 10.0, (long) newcomers.size(), c.m().get("trend." + trend));
        }
        direction.note(c.m().get("note.direction", MOVE_POINTS));

        // The roadmap: the most-cited units and the sector's units citing them.
        Map<String, LandscapeUnit> byApp = new HashMap<>();
        c.units().forEach(u -> u.nav().apps().forEach(a -> byApp.put(a, u)));
        Table.Builder lineages = c.patentTable("lineages", Column.integer("cited_by", c.m().get("col.cited_by")),
                Column.integer("cited_in_sector", c.m().get("col.cited_in_sector")),
                Column.year("first_citing", c.m().get("col.first_citing")), Column.year("last_citing", c.m().get("col.last_citing")),
                Column.text("branches", c.m().get("col.branches")));
        Table.Builder roadmap = c.table("roadmap", Column.text("root", c.m().get("col.root")),
                Column.year("year", c.m().get("col.year")), Column.text("pub_id", c.m().get("col.pub_id")),
                Column.text("title", c.m().get("col.title")), Column.text("owner", c.m().get("col.owner")),
                Column.text("branches", c.m().get("col.branches")));
        List<LandscapeUnit> roots = c.units().stream().filter(u -> u.citedBy() > 0)
                .sorted(Comparator.comparingLong(LandscapeUnit::citedBy).reversed().thenComparing(LandscapeUnit::pubId))
                .limit(LINEAGES).toList();
        for (LandscapeUnit root : roots) {
            List<LandscapeUnit> citing = root.nav().citing().stream().map(byApp::get).filter(u -> u != null && u != root)
                    .distinct().sorted(Comparator.comparing(LandscapeUnit::filingYear, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(LandscapeUnit::pubId)).toList();
            List<Object> row = c.patentCells(root);
            row.add(root.citedBy());
            row.add((long) citing.size());
            row.add(citing.stream().map(LandscapeUnit::filingYear).filter(y -> y != null).min(Integer::compare).orElse(null));
            row.add(citing.stream().map(LandscapeUnit::filingYear).filter(y -> y != null).max(Integer::compare).orElse(null));
            // The branches the lineage reached, in the order its citing units reached them.
            java.util.Set<String> reached = new java.util.LinkedHashSet<>();
            citing.forEach(u -> c.positions().branchesOf(u).forEach(n -> reached.add(c.branchName(n))));
            row.add(String.join("; ", reached));
            lineages.row(row.toArray());
            roadmap.row(root.pubId(), root.filingYear(), root.pubId(), c.title(root), root.ownerName(),
                    c.branchesCell(List.of(root)));
            for (LandscapeUnit u : citing) {
                roadmap.row(root.pubId(), u.filingYear(), u.pubId(), c.title(u), u.ownerName(), c.branchesCell(List.of(u)));
            }
        }
        lineages.note(c.m().get("note.lineages", LINEAGES));

        List<String> findings = new ArrayList<>();
        p.branches().stream().filter(x -> x.world().growth() != null)
                .max(Comparator.comparingDouble((ChainPositions.Position x) -> x.world().growth()))
                .ifPresent(x -> findings.add(c.m().get("finding.direction_fastest", c.branchName(x.node()),
                        LandscapeContext.pct(x.world().growth()), last - 2, last)));
        findings.add(c.m().get("finding.direction_moves", c.listOrNone(gaining), c.listOrNone(losing)));
        if (!roots.isEmpty()) {
            findings.add(c.m().get("finding.roadmap", roots.getFirst().pubId(), roots.getFirst().citedBy()));
        }
        return new Section(id(), c.m().get("section.direction"), findings,
                List.of(Chart.of("branch_direction", Kind.RANKED_BAR, "branch_direction", "branch", "change_points"),
                        Chart.of("lineages", Kind.RANKED_BAR, "lineages", "pub_id", "cited_by")),
                List.of(direction.build(), entrants.build(), lineages.build(), roadmap.build()));
    }
}
