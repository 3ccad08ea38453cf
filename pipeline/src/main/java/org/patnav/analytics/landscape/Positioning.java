package org.patnav.analytics.landscape;

import static org.patnav.analytics.landscape.LandscapeContext.share;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
 * 13. Positioning (区域产业发展定位): per branch, the focus region against its province and the nation
 * (applications, valid and CNIPA high-value patents, share of the nation, growth, the specialisation
 * index), the strength × growth quadrant and the gaps, with the rules of {@link ChainPositions}; the
 * leading local applicants of each branch; the leading national applicants of each gap.
 */
final class Positioning implements NavigationAnalysis {

    private static final int LEADERS_PER_BRANCH = 3;

    @Override
    public String id() {
        return "positioning";
    }


    @Override
    public Section build(LandscapeContext c) {
        ChainPositions p = c.positions();
        String region = c.regionName(c.region());
        String provinceName = c.regionName(c.focus().province().code());
        Table.Builder levels = c.table("position_levels", Column.text("level", c.m().get("col.level")),
                Column.integer("applications", c.m().get("col.applications")), Column.integer("valid", c.m().get("col.valid")),
                Column.integer("high_value", c.m().get("col.high_value")), Column.percent("growth", c.m().get("col.growth")));
        levels.row(c.m().get("level.world"), p.world().units(), p.world().valid(), p.world().highValue(), p.world().growth());
        levels.row(c.m().get("level.nation"), p.nation().units(), p.nation().valid(), p.nation().highValue(), p.nation().growth());
        levels.row(provinceName, p.province().units(), p.province().valid(), p.province().highValue(), p.province().growth());
        levels.row(region, p.region().units(), p.region().valid(), p.region().highValue(), p.region().growth());

        Table.Builder positions = c.table("positions", Column.text("branch", c.m().get("col.branch")),
                Column.integer("region", c.m().get("col.region_applications")),
                Column.integer("region_valid", c.m().get("col.region_valid")),
                Column.integer("region_high_value", c.m().get("col.region_high_value")),
                Column.percent("region_share", c.m().get("col.region_share_of_nation")),
                Column.percent("region_growth", c.m().get("col.region_growth")),
                Column.percent("nation_growth", c.m().get("col.nation_growth")),
                Column.decimal("index", c.m().get("col.specialisation")),
                Column.text("quadrant", c.m().get("col.quadrant")), Column.text("gap", c.m().get("col.gap")));
        Table.Builder province = c.table("province_positions", Column.text("branch", c.m().get("col.branch")),
                Column.integer("nation", c.m().get("col.nation")), Column.integer("nation_valid", c.m().get("col.nation_valid")),
                Column.integer("nation_high_value", c.m().get("col.nation_high_value")),
                Column.integer("province", c.m().get("col.province")),
                Column.percent("province_share", c.m().get("col.province_share_of_nation")),
                Column.percent("province_growth", c.m().get("col.province_growth")),
                Column.decimal("province_index", c.m().get("col.province_specialisation")));
        Map<ChainPositions.Quadrant, List<String>> byQuadrant = new EnumMap<>(ChainPositions.Quadrant.class);
        List<String> gaps = new ArrayList<>();
        for (ChainPositions.Position pos : p.branches()) {
            positions.row(c.branchName(pos.node()), pos.region().units(), pos.region().valid(), pos.region().highValue(),
                    pos.nation().units() == 0 ? null : share(pos.region().units(), pos.nation().units()),
                    pos.region().growth(), pos.nation().growth(), round(pos.index()), c.quadrantName(pos.quadrant()),
                    pos.gap() ? c.m().get("gap.yes") : "");
            province.row(c.branchName(pos.node()), pos.nation().units(), pos.nation().valid(), pos.nation().highValue(),
                    pos.province().units(),
                    pos.nation().units() == 0 ? null : share(pos.province().units(), pos.nation().units()),
                    pos.province().growth(), round(pos.provinceIndex()));
            if (pos.quadrant() != null) {
                byQuadrant.computeIfAbsent(pos.quadrant(), k -> new ArrayList<>()).add(c.branchName(pos.node()));
            }
            if (pos.gap()) {
                gaps.add(c.branchName(pos.node()));
            }
        }
        province.note(c.m().get("note.province_positions", provinceName));
        Double sectorGrowth = p.nation().growth();
        positions.note(c.m().get("note.positions", ChainPositions.STRONG_INDEX,
                sectorGrowth == null ? "–" : LandscapeContext.pct(sectorGrowth)));

        Table.Builder leaders = c.table("local_leaders", Column.text("branch", c.m().get("col.branch")),
                Column.text("applicant", c.m().get("col.applicant")), Column.text("type", c.m().get("col.applicant_type")),
                Column.integer("applications", c.m().get("col.applications")), Column.integer("valid", c.m().get("col.valid")),
                Column.integer("high_value", c.m().get("col.high_value")));
        Table.Builder gapLeaders = c.table("gap_leaders", Column.text("branch", c.m().get("col.branch")),
                Column.text("applicant", c.m().get("col.applicant")), Column.text("region", c.m().get("col.region")),
                Column.integer("applications", c.m().get("col.applications")), Column.integer("valid", c.m().get("col.valid")));
        for (ChainPositions.Position pos : p.branches()) {
            for (Ranked r : rank(pos.units(), o -> c.inRegion(o.regionCode()), LEADERS_PER_BRANCH)) {
                leaders.row(c.branchName(pos.node()), r.owner().name(), c.typeName(r.owner().type()), r.units(), r.valid(),
                        r.highValue());
            }
            if (pos.gap()) {
                for (Ranked r : rank(pos.units(), o -> "CN".equals(o.country()), LEADERS_PER_BRANCH)) {
                    gapLeaders.row(c.branchName(pos.node()), r.owner().name(), c.regionName(r.owner().regionCode()),
                            r.units(), r.valid());
                }
            }
        }

        List<String> findings = new ArrayList<>();
        findings.add(c.m().get("finding.position", region, p.region().units(),
                LandscapeContext.pct(share(p.region().units(), p.nation().units())),
                list(c, byQuadrant.get(ChainPositions.Quadrant.STRONG_GROWING)),
                list(c, byQuadrant.get(ChainPositions.Quadrant.STRONG_STEADY))));
        findings.add(c.m().get("finding.position_weak", list(c, byQuadrant.get(ChainPositions.Quadrant.WEAK_GROWING)),
                list(c, gaps)));
        return new Section(id(), c.m().get("section.positioning"), findings,
                List.of(Chart.of("quadrant", Kind.QUADRANT, "positions", "branch", "index", "nation_growth")
                                .marked(ChainPositions.STRONG_INDEX, sectorGrowth),
                        Chart.of("position_levels", Kind.BAR, "position_levels", "level", "applications", "valid", "high_value")),
                List.of(levels.build(), positions.build(), province.build(), leaders.build(), gapLeaders.build()));
    }

    private static String list(LandscapeContext c, List<String> names) {
        return c.listOrNone(names);
    }

    static Double round(Double v) {
        return v == null ? null : Math.round(v * 100) / 100.0;
    }

    /** An owner's counts over a set of units. */
    record Ranked(ApplicationFact.Owner owner, long units, long valid, long highValue) {
    }

    /** The owners passing {@code which}, by units (full counting), then high value, then name; at most {@code limit}. */
    static List<Ranked> rank(List<LandscapeUnit> units, java.util.function.Predicate<ApplicationFact.Owner> which, int limit) {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, ApplicationFact.Owner> owners = new HashMap<>();
        for (LandscapeUnit u : units) {
            for (ApplicationFact.Owner o : u.owners()) {
                if (which.test(o)) {
                    // The first naming with a division code speaks for the owner, as in the paths.
                    owners.merge(o.name(), o, (had, next) -> had.regionCode() == null && next.regionCode() != null ? next : had);
                    long[] k = counts.computeIfAbsent(o.name(), x -> new long[3]);
                    k[0]++;
                    k[1] += u.valid() ? 1 : 0;
                    k[2] += u.highValue() ? 1 : 0;
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0]).reversed()
                        .thenComparing(e -> -e.getValue()[2]).thenComparing(Map.Entry::getKey))
                .limit(limit).map(e -> new Ranked(owners.get(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }
}
