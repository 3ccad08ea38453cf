package org.patnav.analytics.landscape;

import static org.patnav.analytics.landscape.LandscapeContext.identitySet;
import static org.patnav.analytics.landscape.LandscapeContext.pct;
import static org.patnav.analytics.landscape.LandscapeContext.share;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patnav.navigate.IndustryChain;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * 11. The industry chain (产业链与专利分布, GB/T 39551.3-2020 产业链分析): the sector's units on the chain's
 * segments, branches and sub-branches, as navigate placed them ({@code W/chains}), at the four levels of
 * {@link ChainPositions}. A unit is counted on every branch it is placed on (full counting), so the
 * branches do not add up to the sector; the share of units placed on no branch is stated.
 */
final class ChainMap implements NavigationAnalysis {

    @Override
    public String id() {
        return "chain";
    }


    @Override
    public Section build(LandscapeContext c) {
        ChainPositions p = c.positions();
        long total = c.total();
        Table.Builder segments = c.table("chain_segments", Column.text("segment", c.m().get("col.segment")),
                Column.integer("applications", c.m().get("col.applications")), Column.percent("share", c.m().get("col.share")),
                Column.integer("region", c.m().get("col.region_applications")));
        // Only the sets' sizes are read: units are told apart by identity (hashing a unit hashes all its fields).
        Map<IndustryChain.Position, Set<LandscapeUnit>> bySegment = new LinkedHashMap<>();
        Map<IndustryChain.Position, Set<LandscapeUnit>> regionBySegment = new LinkedHashMap<>();
        Set<LandscapeUnit> placed = identitySet();
        for (ChainPositions.Position pos : p.branches()) {
            bySegment.computeIfAbsent(pos.node().segment(), k -> identitySet()).addAll(pos.units());
            Set<LandscapeUnit> local = regionBySegment.computeIfAbsent(pos.node().segment(), k -> identitySet());
            pos.units().stream().filter(u -> c.local(u)).forEach(local::add);
            placed.addAll(pos.units());
        }
        bySegment.forEach((segment, units) -> segments.row(c.segmentName(segment), (long) units.size(),
                share(units.size(), total), (long) regionBySegment.get(segment).size()));
        segments.note(c.m().get("note.chain_full_counting"));

        Table.Builder branches = c.table("chain_branches", Column.text("segment", c.m().get("col.segment")),
                Column.text("branch", c.m().get("col.branch")), Column.integer("world", c.m().get("col.world")),
                Column.integer("nation", c.m().get("col.nation")), Column.integer("province", c.m().get("col.province")),
                Column.integer("region", c.m().get("col.region_applications")), Column.integer("valid", c.m().get("col.valid")),
                Column.integer("high_value", c.m().get("col.high_value")), Column.percent("share", c.m().get("col.share")));
        Table.Builder subs = c.table("chain_sub_branches", Column.text("segment", c.m().get("col.segment")),
                Column.text("branch", c.m().get("col.branch")), Column.integer("world", c.m().get("col.world")),
                Column.integer("nation", c.m().get("col.nation")), Column.integer("province", c.m().get("col.province")),
                Column.integer("region", c.m().get("col.region_applications")), Column.integer("valid", c.m().get("col.valid")),
                Column.integer("high_value", c.m().get("col.high_value")), Column.percent("share", c.m().get("col.share")));
        for (ChainPositions.Position pos : p.all()) {
            (pos.node().parent() == null ? branches : subs).row(c.segmentName(pos.node().segment()), c.branchName(pos.node()),
                    pos.world().units(), pos.nation().units(), pos.province().units(), pos.region().units(),
                    pos.world().valid(), pos.world().highValue(), share(pos.world().units(), total));
        }
        branches.note(c.m().get("note.chain_levels", c.regionName(c.focus().province().code()), c.regionName(c.region())));

        List<String> findings = new ArrayList<>();
        List<ChainPositions.Position> ranked = p.branches().stream()
                .sorted(Comparator.comparingLong((ChainPositions.Position x) -> x.world().units()).reversed()).toList();
        if (!ranked.isEmpty() && total > 0) {
            ChainPositions.Position largest = ranked.getFirst();
            findings.add(c.m().get("finding.chain", p.branches().size(), pct(share(placed.size(), total)),
                    c.branchName(largest.node()), largest.world().units(),
                    p.branches().stream().filter(x -> x.world().units() == 0).count()));
            p.branches().stream().max(Comparator.comparingLong((ChainPositions.Position x) -> x.region().units()))
                    .filter(x -> x.region().units() > 0)
                    .ifPresent(x -> findings.add(c.m().get("finding.chain_region", c.regionName(c.region()),
                            c.branchName(x.node()), x.region().units())));
        }
        return new Section(id(), c.m().get("section.chain"), findings,
                List.of(Chart.of("chain_segments", Kind.PIE, "chain_segments", "segment", "applications"),
                        Chart.of("chain_branches", Kind.RANKED_BAR, "chain_branches", "branch", "world", "nation", "region")),
                List.of(segments.build(), branches.build(), subs.build()));
    }
}
