package org.patnav.analytics.landscape;

import static org.patnav.analytics.landscape.LandscapeContext.TOP;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patnav.model.ApplicationFact;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/** 9. Collaboration: co-applicant pairs, company–university/institute links, inventor team sizes. */
final class Collaboration implements LandscapeAnalysis {

    @Override
    public String id() {
        return "collaboration";
    }

    /** A pair of co-applicants, names in order, with the types of the first unit naming them. */
    private record Pair(String a, String b) {
    }

    @Override
    public Section build(LandscapeContext c) {
        Table.Builder pairs = c.table("co_applicants", Column.text("applicant_a", c.m().get("col.applicant_a")),
                Column.text("applicant_b", c.m().get("col.applicant_b")), Column.text("pair", c.m().get("col.pair")),
                Column.text("kind", c.m().get("col.pair_kind")), Column.integer("applications", c.m().get("col.applications")));
        Map<Pair, Long> counts = new HashMap<>();
        Map<Pair, String[]> types = new HashMap<>();
        for (LandscapeUnit u : c.units()) {
            for (ApplicationFact.Owner a : u.owners()) {
                for (ApplicationFact.Owner b : u.owners()) {
                    if (a.name().compareTo(b.name()) < 0) {
                        Pair p = new Pair(a.name(), b.name());
                        counts.merge(p, 1L, Long::sum);
                        String[] t = types.computeIfAbsent(p, k -> new String[2]);
                        t[0] = t[0] != null ? t[0] : a.type();
                        t[1] = t[1] != null ? t[1] : b.type();
                    }
                }
            }
        }
        counts.entrySet().stream()
                .sorted(Map.Entry.<Pair, Long>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().a()).thenComparing(e -> e.getKey().b()))
                .limit(TOP).forEach(e -> {
                    Pair p = e.getKey();
                    pairs.row(p.a(), p.b(), p.a() + " — " + p.b(),
                            c.typeName(types.get(p)[0]) + " – " + c.typeName(types.get(p)[1]), e.getValue());
                });
        long joint = c.count(u -> u.owners().size() > 1);
        long industryAcademia = c.count(u -> u.owners().size() > 1 && u.ownerTypes().contains("company")
                && (u.ownerTypes().contains("university") || u.ownerTypes().contains("research_institute")));
        Table.Builder teams = c.table("team_sizes", Column.text("team_size", c.m().get("col.team_size")),
                Column.integer("applications", c.m().get("col.applications")));
        Map<String, Long> buckets = new LinkedHashMap<>();
        for (String b : List.of("1", "2", "3-5", "6-10", "11+", "?")) {
            buckets.put(b, 0L);
        }
        c.units().forEach(u -> buckets.merge(bucket(u.inventors()), 1L, Long::sum));
        buckets.forEach((b, n) -> teams.row(b.equals("?") ? c.m().get("team.unknown") : b, n));
        String finding = c.m().get("finding.collaboration", joint, industryAcademia);
        return new Section(id(), c.m().get("section.collaboration"), List.of(finding),
                List.of(Chart.of("co_applicants", Kind.RANKED_BAR, "co_applicants", "pair", "applications"),
                        Chart.of("team_sizes", Kind.BAR, "team_sizes", "team_size", "applications")),
                List.of(pairs.build(), teams.build()));
    }

    private static String bucket(int inventors) {
        return inventors == 0 ? "?" : inventors == 1 ? "1" : inventors == 2 ? "2" : inventors <= 5 ? "3-5"
                : inventors <= 10 ? "6-10" : "11+";
    }
}
