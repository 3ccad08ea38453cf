package org.patnav.analytics.landscape;

import static org.patnav.analytics.landscape.LandscapeContext.share;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.model.ApplicationFact;
import org.patnav.model.PartyType;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * 17. Development paths (发展路径导航, GB/T 39551.3-2020): recommendations, each by a stated rule and listing
 * the patents and applicants behind it, so an analyst can check and reproduce it.
 *
 * <ol>
 *   <li><b>Enterprises to cultivate</b> (培育): companies of the region with at least {@value #MIN_UNITS}
 *       units, filing in the recent window and at least as much as in the earlier one; most CNIPA
 *       high-value patents first, then most units.</li>
 *   <li><b>Enterprises to attract</b> (招引): in each weak branch of the region ({@link ChainPositions}), gaps
 *       first, the {@value #PER_BRANCH} companies outside the region with most units on the branch.</li>
 *   <li><b>Talent to bring in</b> (引才): the recruitment targets of {@link Talent}.</li>
 *   <li><b>Technologies to import or license</b> (技术引进与许可): in each weak branch, the {@value #PER_BRANCH}
 *       granted, valid patents held outside the region, those under an open licence first (开放许可: a licence
 *       on published terms), then high value, then most cited.</li>
 *   <li><b>Partners</b> (产学研合作): universities and research institutes with units on the region's weak
 *       or strong branches, most such units first.</li>
 *   <li><b>高价值专利培育 candidates</b>: the region's invention applications and patents that are valid or
 *       pending and not yet CNIPA high value, but cited by another application, or in a family of at least
 *       two, or with at least {@value #MIN_CLAIMS} claims: signs of value that protection abroad, a
 *       continuation of the research or a fuller claim set can build on.</li>
 *   <li><b>Risks</b> (风险): branches where the region files and holders from abroad own at least
 *       {@value #RISK_SHARE_PERCENT}% (and at least {@value #MIN_UNITS}) of the valid Chinese patents: freedom to
 *       operate needs checking there.</li>
 * </ol>
 */
final class Paths implements NavigationAnalysis {

    static final int MIN_UNITS = 2;
    static final int PER_BRANCH = 2;
    static final int MIN_CLAIMS = 10;
    static final int RISK_SHARE_PERCENT = 30;
    private static final int ROWS = 20;
    private static final int PATENTS_LISTED = 5;

    @Override
    public String id() {
        return "paths";
    }


    /** An applicant recommended, with the branch (for attraction) and the units behind the recommendation. */
    record Enterprise(String branch, ApplicationFact.Owner owner, List<LandscapeUnit> units, long recent, long previous) {
    }

    /** A patent recommended, with the branch it serves. */
    record Patent(String branch, LandscapeUnit unit, String reason) {
    }

    /** A branch where holders from abroad are dense. */
    record Risk(String branch, long validChinese, long foreign, List<String> holders, List<LandscapeUnit> units) {
    }

    /** Every path's recommendations. */
    record Plan(List<Enterprise> cultivate, List<Enterprise> attract, List<Talent.Target> talent,
                List<Patent> technologies, List<Enterprise> partners, List<Patent> candidates, List<Risk> risks) {
    }

    static Plan plan(LandscapeContext c) {
        ChainPositions p = c.positions();
        int last = c.lastComplete();
        // 1. Cultivate: the region's growing companies.
        Map<String, List<LandscapeUnit>> local = unitsByOwner(c.units(), o -> inRegion(c, o) && company(o));
        List<Enterprise> cultivate = new ArrayList<>();
        local.forEach((name, units) -> {
            long recent = units.stream().filter(u -> LandscapeContext.filedBetween(u, last - 2, last)).count();
            long previous = units.stream().filter(u -> LandscapeContext.filedBetween(u, last - 5, last - 3)).count();
            if (units.size() >= MIN_UNITS && recent > 0 && recent >= previous) {
                cultivate.add(new Enterprise(null, owner(units, name), units, recent, previous));
            }
        });
        cultivate.sort(Comparator.comparingLong((Enterprise e) -> highValue(e.units())).reversed()
                .thenComparing(Comparator.comparingInt((Enterprise e) -> e.units().size()).reversed())
                .thenComparing(e -> e.owner().name()));

        List<ChainPositions.Position> weak = p.branches().stream().filter(ChainPositions.Position::weak)
                .sorted(Comparator.comparing((ChainPositions.Position x) -> !x.gap())
                        .thenComparing(Comparator.comparingLong((ChainPositions.Position x) -> x.nation().units()).reversed()))
                .toList();
        // 2. Attract, and 4. technologies, per weak branch.
        List<Enterprise> attract = new ArrayList<>();
        List<Patent> technologies = new ArrayList<>();
        for (ChainPositions.Position pos : weak) {
            String branch = c.branchName(pos.node());
            Map<String, List<LandscapeUnit>> outside = unitsByOwner(pos.units(), o -> !inRegion(c, o) && company(o));
            outside.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, List<LandscapeUnit>> e) -> e.getValue().size()).reversed()
                            .thenComparing(e -> -highValue(e.getValue())).thenComparing(Map.Entry::getKey))
                    .limit(PER_BRANCH)
                    .forEach(e -> attract.add(new Enterprise(branch, owner(e.getValue(), e.getKey()), e.getValue(), 0, 0)));
            pos.units().stream().filter(u -> u.valid() && u.grantedBy(c.asOf())
                            && !c.local(u))
                    .sorted(Comparator.comparing((LandscapeUnit u) -> !openLicence(u)).thenComparing(u -> !u.highValue())
                            .thenComparing(Comparator.comparingLong(LandscapeUnit::citedBy).reversed())
                            .thenComparing(LandscapeUnit::pubId))
                    .limit(PER_BRANCH)
                    .forEach(u -> technologies.add(new Patent(branch, u, openLicence(u) ? "open_licence" : "licence")));
        }

        // 5. Partners: universities and institutes on the region's weak or strong branches, in the units' order
        // (so the same naming describes an organisation on every run).
        List<ChainPositions.Node> weakOrStrong = p.branches().stream().filter(x -> x.weak() || x.strong())
                .map(ChainPositions.Position::node).toList();
        List<LandscapeUnit> relevant = c.units().stream()
                .filter(u -> weakOrStrong.stream().anyMatch(n -> p.on(u, n))).toList();
        Map<String, List<LandscapeUnit>> academic = unitsByOwner(relevant, Paths::academic);
        List<Enterprise> partners = academic.entrySet().stream()
                .map(e -> new Enterprise(null, owner(e.getValue(), e.getKey()), e.getValue(), 0, 0))
                .sorted(Comparator.comparingInt((Enterprise e) -> e.units().size()).reversed()
                        .thenComparing(e -> e.owner().name()))
                .toList();

        // 6. High-value candidates of the region.
        List<Patent> candidates = c.units().stream()
                .filter(u -> c.local(u))
                .filter(u -> "invention".equals(u.patentType()) && !u.highValue()
                        && (u.valid() || u.status() == FeeStatus.PENDING))
                .map(u -> new Patent(null, u, candidateReason(u)))
                .filter(x -> x.reason() != null)
                .sorted(Comparator.comparingLong((Patent x) -> x.unit().citedBy()).reversed()
                        .thenComparing(Comparator.comparingLong((Patent x) -> x.unit().familySize()).reversed())
                        .thenComparing(x -> x.unit().pubId()))
                .toList();

        // 7. Risks: foreign holders dense in branches where the region files.
        List<Risk> risks = new ArrayList<>();
        for (ChainPositions.Position pos : p.branches()) {
            if (pos.region().units() == 0) {
                continue;
            }
            List<LandscapeUnit> validChinese = pos.units().stream().filter(u -> u.valid() && "CN".equals(u.office())).toList();
            List<LandscapeUnit> foreign = validChinese.stream()
                    .filter(u -> u.ownerCountry() != null && !"CN".equals(u.ownerCountry())).toList();
            if (foreign.size() >= MIN_UNITS && 100L * foreign.size() >= (long) RISK_SHARE_PERCENT * validChinese.size()) {
                Map<String, List<LandscapeUnit>> holders = unitsByOwner(foreign, o -> true);
                risks.add(new Risk(c.branchName(pos.node()), validChinese.size(), foreign.size(),
                        holders.entrySet().stream().sorted(Comparator.comparingInt(
                                        (Map.Entry<String, List<LandscapeUnit>> e) -> e.getValue().size()).reversed()
                                .thenComparing(Map.Entry::getKey)).limit(3).map(Map.Entry::getKey).toList(), foreign));
            }
        }
        return new Plan(List.copyOf(cultivate), List.copyOf(attract), c.recruitmentTargets(), List.copyOf(technologies),
                partners, candidates, List.copyOf(risks));
    }

    /** Why a region's invention is a high-value candidate, null when it is not one. */
    static String candidateReason(LandscapeUnit u) {
        List<String> why = new ArrayList<>();
        if (u.citedBy() > 0) {
            why.add("cited");
        }
        if (u.familySize() >= 2) {
            why.add("family");
        }
        if (u.claimCount() != null && u.claimCount() >= MIN_CLAIMS) {
            why.add("claims");
        }
        return why.isEmpty() ? null : String.join(",", why);
    }

    @Override
    public Section build(LandscapeContext c) {
        Plan plan = c.plan();
        Table.Builder cultivate = c.table("cultivate", Column.text("applicant", c.m().get("col.applicant")),
                Column.integer("applications", c.m().get("col.applications")),
                Column.integer("recent", c.m().get("col.recent", c.lastComplete() - 2, c.lastComplete())),
                Column.integer("previous", c.m().get("col.previous", c.lastComplete() - 5, c.lastComplete() - 3)),
                Column.integer("valid", c.m().get("col.valid")), Column.integer("high_value", c.m().get("col.high_value")),
                Column.text("branches", c.m().get("col.branches")), Column.text("patents", c.m().get("col.patents")));
        plan.cultivate().stream().limit(ROWS).forEach(e -> cultivate.row(e.owner().name(), (long) e.units().size(), e.recent(),
                e.previous(), valid(e.units()), highValue(e.units()), c.branchesCell(e.units()), patents(e.units())));
        cultivate.note(c.m().get("note.cultivate", MIN_UNITS));

        Table.Builder attract = c.table("attract", Column.text("branch", c.m().get("col.branch")),
                Column.text("applicant", c.m().get("col.applicant")), Column.text("region", c.m().get("col.region")),
                Column.integer("applications", c.m().get("col.branch_applications")),
                Column.integer("valid", c.m().get("col.valid")), Column.integer("high_value", c.m().get("col.high_value")),
                Column.text("patents", c.m().get("col.patents")));
        plan.attract().forEach(e -> attract.row(e.branch(), e.owner().name(), where(c, e.owner()), (long) e.units().size(),
                valid(e.units()), highValue(e.units()), patents(e.units())));
        attract.note(c.m().get("note.attract", PER_BRANCH));

        Table.Builder talent = c.table("path_talent", Column.text("branch", c.m().get("col.branch")),
                Column.text("inventor", c.m().get("col.inventor")), Column.text("organisation", c.m().get("col.organisation")),
                Column.text("region", c.m().get("col.region")), Column.text("patents", c.m().get("col.patents")));
        plan.talent().forEach(t -> talent.row(c.branchName(t.position().node()), t.person().name(),
                t.person().current().organisation(), Talent.place(c, t.person().current()), patents(t.units())));
        talent.note(c.m().get("note.path_talent"));

        Table.Builder technologies = c.patentTable("technologies", Column.text("branch", c.m().get("col.branch")),
                Column.text("region", c.m().get("col.region")), Column.text("high_value", c.m().get("col.high_value")),
                Column.integer("cited_by", c.m().get("col.cited_by")), Column.text("route", c.m().get("col.route")));
        for (Patent x : plan.technologies()) {
            List<Object> row = c.patentCells(x.unit());
            row.addAll(java.util.Arrays.asList(x.branch(), where(c, x.unit().firstOwner()),
                    x.unit().highValue() ? c.m().get("yes") : "", x.unit().citedBy(), c.m().get("route." + x.reason())));
            technologies.row(row.toArray());
        }
        technologies.note(c.m().get("note.technologies", PER_BRANCH));

        Table.Builder partners = c.table("partners", Column.text("organisation", c.m().get("col.organisation")),
                Column.text("type", c.m().get("col.applicant_type")), Column.text("region", c.m().get("col.region")),
                Column.integer("applications", c.m().get("col.applications")), Column.integer("valid", c.m().get("col.valid")),
                Column.text("branches", c.m().get("col.branches")), Column.text("patents", c.m().get("col.patents")));
        plan.partners().stream().limit(ROWS).forEach(e -> partners.row(e.owner().name(), c.typeName(e.owner().type()),
                where(c, e.owner()), (long) e.units().size(), valid(e.units()), c.branchesCell(e.units()), patents(e.units())));
        partners.note(c.m().get("note.partners"));

        Table.Builder candidates = c.patentTable("high_value_candidates", Column.text("status", c.m().get("col.status")),
                Column.integer("cited_by", c.m().get("col.cited_by")), Column.integer("family_size", c.m().get("col.family_size")),
                Column.text("reason", c.m().get("col.reason")));
        plan.candidates().stream().limit(ROWS).forEach(x -> {
            List<Object> row = c.patentCells(x.unit());
            row.addAll(java.util.Arrays.asList(c.statusName(x.unit().statusId()), x.unit().citedBy(), x.unit().familySize(),
                    reasons(c, x.reason())));
            candidates.row(row.toArray());
        });
        candidates.note(c.m().get("note.high_value_candidates", MIN_CLAIMS));

        Table.Builder risks = c.table("risks", Column.text("branch", c.m().get("col.branch")),
                Column.integer("valid_cn", c.m().get("col.valid_cn")), Column.integer("foreign", c.m().get("col.foreign_held")),
                Column.percent("share", c.m().get("col.share")), Column.text("holders", c.m().get("col.holders")),
                Column.text("patents", c.m().get("col.patents")));
        plan.risks().forEach(r -> risks.row(r.branch(), r.validChinese(), r.foreign(), share(r.foreign(), r.validChinese()),
                String.join("; ", r.holders()), patents(r.units())));
        risks.note(c.m().get("note.risks", RISK_SHARE_PERCENT, MIN_UNITS));

        List<String> findings = Summary.pathFindings(c, plan);
        return new Section(id(), c.m().get("section.paths"), findings,
                List.of(Chart.of("cultivate", Kind.RANKED_BAR, "cultivate", "applicant", "applications", "high_value"),
                        Chart.of("partners", Kind.RANKED_BAR, "partners", "organisation", "applications")),
                List.of(cultivate.build(), attract.build(), talent.build(), technologies.build(), partners.build(),
                        candidates.build(), risks.build()));
    }

    private static String reasons(LandscapeContext c, String reason) {
        List<String> out = new ArrayList<>();
        for (String r : reason.split(",")) {
            out.add(c.m().get("candidate." + r));
        }
        return c.join(out);
    }

    static boolean inRegion(LandscapeContext c, ApplicationFact.Owner o) {
        return c.inRegion(o.regionCode());
    }

    private static boolean company(ApplicationFact.Owner o) {
        return PartyType.COMPANY.id().equals(o.type());
    }

    static boolean academic(ApplicationFact.Owner o) {
        return PartyType.UNIVERSITY.id().equals(o.type()) || PartyType.RESEARCH_INSTITUTE.id().equals(o.type());
    }

    private static boolean openLicence(LandscapeUnit u) {
        return u.nav().dealings().stream().anyMatch(d -> d.category() == LandscapeUnit.Dealing.Category.OPEN_LICENCE);
    }

    /** The units of each owner passing {@code which} (full counting), by name, in first-seen order. */
    private static Map<String, List<LandscapeUnit>> unitsByOwner(Collection<LandscapeUnit> units,
                                                                java.util.function.Predicate<ApplicationFact.Owner> which) {
        Map<String, List<LandscapeUnit>> out = new java.util.LinkedHashMap<>();
        for (LandscapeUnit u : units) {
            for (ApplicationFact.Owner o : u.owners()) {
                if (which.test(o)) {
                    out.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(u);
                }
            }
        }
        return out;
    }

    /**
     * An owner's details as its units name it: the first naming with a division code (a source may give the
     * address on one application and not another), else the first.
     */
    private static ApplicationFact.Owner owner(List<LandscapeUnit> units, String name) {
        List<ApplicationFact.Owner> namings = units.stream().flatMap(u -> u.owners().stream())
                .filter(o -> o.name().equals(name)).toList();
        return namings.stream().filter(o -> o.regionCode() != null).findFirst().orElse(namings.getFirst());
    }

    static long highValue(List<LandscapeUnit> units) {
        return units.stream().filter(LandscapeUnit::highValue).count();
    }

    static long valid(List<LandscapeUnit> units) {
        return units.stream().filter(LandscapeUnit::valid).count();
    }

    /** Where an owner is: the division's name, else the country. */
    static String where(LandscapeContext c, ApplicationFact.Owner o) {
        if (o == null) {
            return null;
        }
        return o.regionCode() != null ? c.regionName(o.regionCode()) : o.country();
    }

    /** The units behind a recommendation, most cited first, at most {@value #PATENTS_LISTED}, and how many more. */
    static String patents(List<LandscapeUnit> units) {
        java.util.Set<LandscapeUnit> seen = LandscapeContext.identitySet();
        List<LandscapeUnit> sorted = units.stream().filter(seen::add)
                .sorted(Comparator.comparingLong(LandscapeUnit::citedBy).reversed().thenComparing(LandscapeUnit::pubId)).toList();
        String listed = String.join("; ", sorted.stream().limit(PATENTS_LISTED).map(LandscapeUnit::pubId).toList());
        return sorted.size() > PATENTS_LISTED ? listed + " (+" + (sorted.size() - PATENTS_LISTED) + ")" : listed;
    }
}
