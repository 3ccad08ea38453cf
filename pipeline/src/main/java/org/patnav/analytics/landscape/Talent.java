package org.patnav.analytics.landscape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * 14. Talent (创新人才): inventors as people by the rule of {@link InventorIdentities}; the leading inventors
 * of the sector and of each branch; the region's core inventors (working for an organisation in the
 * region); recruitment targets (引才对象): the {@value #TARGETS_PER_BRANCH} leading inventors outside the
 * region in each of its weak branches ({@link ChainPositions}); and the inventors who moved between
 * organisations.
 */
final class Talent implements NavigationAnalysis {

    static final int TARGETS_PER_BRANCH = 3;
    private static final int PER_BRANCH = 3;
    private static final int MOVES = 30;
    private static final int TEAM = 3;

    @Override
    public String id() {
        return "talent";
    }


    /** A person working in the focus region now: the organisation of the latest filing is there. */
    static boolean local(LandscapeContext c, InventorIdentities.Person p) {
        String r = p.current().region();
        return c.inRegion(r);
    }

    /**
     * The recruitment targets of each weak branch, in chain order: people outside the region, most units first.
     * Computed once per report ({@link LandscapeContext#recruitmentTargets}): the paths list them too.
     */
    static List<Target> targets(LandscapeContext c) {
        List<Target> out = new ArrayList<>();
        for (ChainPositions.Position pos : c.positions().branches()) {
            if (!pos.weak()) {
                continue;
            }
            List<Target> outside = unitsPerPerson(c, pos).entrySet().stream().filter(e -> !local(c, e.getKey()))
                    .map(e -> new Target(pos, e.getKey(), e.getValue())).toList();
            out.addAll(LandscapeContext.first(outside, Comparator.comparingInt((Target t) -> t.units().size()).reversed()
                    .thenComparing(Comparator.comparingLong(Target::highValue).reversed())
                    .thenComparing(t -> t.person().id()), TARGETS_PER_BRANCH));
        }
        return out;
    }

    /** The units of a branch per person named on them, in unit order. */
    private static Map<InventorIdentities.Person, List<LandscapeUnit>> unitsPerPerson(LandscapeContext c,
                                                                                    ChainPositions.Position pos) {
        Map<InventorIdentities.Person, List<LandscapeUnit>> out = new IdentityHashMap<>();
        for (LandscapeUnit u : pos.units()) {
            for (InventorIdentities.Person p : c.peopleOn(u)) {
                out.computeIfAbsent(p, k -> new ArrayList<>()).add(u);
            }
        }
        return out;
    }

    /** A recruitment target: the branch, the person and the person's units on it. */
    record Target(ChainPositions.Position position, InventorIdentities.Person person, List<LandscapeUnit> units,
                  long highValue) {

        Target(ChainPositions.Position position, InventorIdentities.Person person, List<LandscapeUnit> units) {
            this(position, person, units, units.stream().filter(LandscapeUnit::highValue).count());
        }
    }

    @Override
    public Section build(LandscapeContext c) {
        List<InventorIdentities.Person> people = c.people();
        Table.Builder top = c.table("top_inventors", Column.integer("rank", c.m().get("col.rank")),
                Column.text("inventor", c.m().get("col.inventor")), Column.text("organisation", c.m().get("col.organisation")),
                Column.text("region", c.m().get("col.region")), Column.integer("applications", c.m().get("col.applications")),
                Column.integer("valid", c.m().get("col.valid")), Column.integer("high_value", c.m().get("col.high_value")),
                Column.text("branches", c.m().get("col.branches")));
        long rank = 0;
        for (InventorIdentities.Person p : people.stream().limit(LandscapeContext.TOP).toList()) {
            top.row(++rank, p.name(), p.current().organisation(), place(c, p.current()), (long) p.units().size(), p.valid(),
                    p.highValue(), c.branchesCell(p.units()));
        }
        top.note(c.m().get("note.inventors"));

        Table.Builder perBranch = c.table("branch_inventors", Column.text("branch", c.m().get("col.branch")),
                Column.text("inventor", c.m().get("col.inventor")), Column.text("organisation", c.m().get("col.organisation")),
                Column.text("region", c.m().get("col.region")), Column.integer("applications", c.m().get("col.applications")));
        for (ChainPositions.Position pos : c.positions().branches()) {
            LandscapeContext.first(unitsPerPerson(c, pos).entrySet(),
                    Comparator.comparingInt((Map.Entry<InventorIdentities.Person, List<LandscapeUnit>> e) ->
                            e.getValue().size()).reversed().thenComparing(e -> e.getKey().id()), PER_BRANCH)
                    .forEach(e -> perBranch.row(c.branchName(pos.node()), e.getKey().name(),
                            e.getKey().current().organisation(), place(c, e.getKey().current()), (long) e.getValue().size()));
        }

        Table.Builder core = c.table("region_inventors", Column.text("inventor", c.m().get("col.inventor")),
                Column.text("organisation", c.m().get("col.organisation")),
                Column.integer("applications", c.m().get("col.applications")), Column.integer("valid", c.m().get("col.valid")),
                Column.integer("high_value", c.m().get("col.high_value")), Column.text("branches", c.m().get("col.branches")));
        List<InventorIdentities.Person> locals = people.stream().filter(p -> local(c, p)).limit(LandscapeContext.TOP).toList();
        locals.forEach(p -> core.row(p.name(), p.current().organisation(), (long) p.units().size(), p.valid(), p.highValue(),
                c.branchesCell(p.units())));

        Table.Builder targets = c.table("recruitment_targets", Column.text("branch", c.m().get("col.branch")),
                Column.text("inventor", c.m().get("col.inventor")), Column.text("organisation", c.m().get("col.organisation")),
                Column.text("region", c.m().get("col.region")), Column.integer("applications", c.m().get("col.branch_applications")),
                Column.integer("high_value", c.m().get("col.high_value")), Column.text("team", c.m().get("col.team")),
                Column.text("patents", c.m().get("col.patents")));
        List<Target> wanted = c.recruitmentTargets();
        for (Target t : wanted) {
            targets.row(c.branchName(t.position().node()), t.person().name(), t.person().current().organisation(),
                    place(c, t.person().current()), (long) t.units().size(),
                    t.highValue(), team(c, t), Paths.patents(t.units()));
        }
        targets.note(c.m().get("note.recruitment", TARGETS_PER_BRANCH));

        Table.Builder moves = c.table("inventor_moves", Column.text("inventor", c.m().get("col.inventor")),
                Column.text("from", c.m().get("col.from_organisation")), Column.text("from_region", c.m().get("col.from_region")),
                Column.text("to", c.m().get("col.to_organisation")), Column.text("to_region", c.m().get("col.to_region")),
                Column.year("year", c.m().get("col.move_year")), Column.text("flow", c.m().get("col.flow")));
        long into = 0;
        long out = 0;
        long listed = 0;
        for (InventorIdentities.Person p : people) {
            for (InventorIdentities.Move m : p.moves()) {
                boolean fromIn = c.inRegion(m.from().region());
                boolean toIn = c.inRegion(m.to().region());
                String flow = toIn && !fromIn ? "into" : fromIn && !toIn ? "out" : fromIn ? "within" : "elsewhere";
                into += flow.equals("into") ? 1 : 0;
                out += flow.equals("out") ? 1 : 0;
                if (listed++ < MOVES) {
                    moves.row(p.name(), m.from().organisation(), place(c, m.from()), m.to().organisation(), place(c, m.to()),
                            m.year(), c.m().get("flow." + flow));
                }
            }
        }
        moves.note(c.m().get("note.moves"));

        List<String> findings = new ArrayList<>();
        if (!people.isEmpty()) {
            InventorIdentities.Person first = people.getFirst();
            findings.add(c.m().get("finding.talent", people.size(), first.name(), first.current().organisation(),
                    first.units().size(), locals.size(), c.regionName(c.region())));
        }
        findings.add(c.m().get("finding.talent_targets", wanted.stream().map(t -> t.person().id()).distinct().count(),
                wanted.stream().map(t -> t.position().node().key()).distinct().count(), into, out));
        return new Section(id(), c.m().get("section.talent"), findings,
                List.of(Chart.of("top_inventors", Kind.RANKED_BAR, "top_inventors", "inventor", "applications"),
                        Chart.of("region_inventors", Kind.RANKED_BAR, "region_inventors", "inventor", "applications")),
                List.of(top.build(), perBranch.build(), core.build(), targets.build(), moves.build()));
    }

    /**
     * The team of a target: the co-inventors named most often on the target's units in the branch, at most
     * {@value #TEAM}, most frequent first (ties by name); a team is recruited with its lead.
     */
    static String team(LandscapeContext c, Target t) {
        String self = InventorIdentities.normalise(t.person().name());
        Map<String, Long> counts = new java.util.HashMap<>();
        for (LandscapeUnit u : t.units()) {
            u.nav().inventors().stream().filter(n -> !InventorIdentities.normalise(n).equals(self)).distinct()
                    .forEach(n -> counts.merge(n, 1L, Long::sum));
        }
        return c.join(LandscapeContext.ranked(counts, TEAM).stream().map(Map.Entry::getKey).toList());
    }

    /** Where an affiliation is: the division's name, else the country. */
    static String place(LandscapeContext c, InventorIdentities.Affiliation a) {
        return a.region() != null ? c.regionName(a.region()) : a.country();
    }
}
