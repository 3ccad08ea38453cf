package org.patnav.analytics.landscape;

import static org.patnav.analytics.landscape.LandscapeContext.TOP;
import static org.patnav.analytics.landscape.LandscapeContext.pct;
import static org.patnav.analytics.landscape.LandscapeContext.share;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.patnav.analytics.Concentration;
import org.patnav.model.ApplicationFact;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * 5. Applicants: the leading applicants by full counting, with grants, valid patents and growth; applicant
 * types; new entrants of the last three complete years; concentration (CR4, CR8, HHI) by first owner.
 */
final class Applicants implements LandscapeAnalysis {

    @Override
    public String id() {
        return "applicants";
    }

    /** One applicant's row of the ranking: counts over the units naming it. */
    private static final class Tally {
        final String name;
        String type;
        String country;
        long applications;
        long granted;
        long valid;
        long recent;
        long previous;

        Tally(String name) {
            this.name = name;
        }
    }

    @Override
    public Section build(LandscapeContext c) {
        long total = c.total();
        int lastComplete = c.lastComplete();
        int r3 = lastComplete - 2;
        int p3 = lastComplete - 5;
        Table.Builder top = c.table("top_applicants", Column.integer("rank", c.m().get("col.rank")),
                Column.text("applicant", c.m().get("col.applicant")), Column.text("type", c.m().get("col.applicant_type")),
                Column.text("country", c.m().get("col.country")), Column.integer("applications", c.m().get("col.applications")),
                Column.percent("share", c.m().get("col.share")), Column.integer("granted", c.m().get("col.granted")),
                Column.integer("valid", c.m().get("col.valid")), Column.percent("grant_rate", c.m().get("col.grant_rate")),
                Column.integer("recent", c.m().get("col.recent", r3, lastComplete)),
                Column.integer("previous", c.m().get("col.previous", p3, r3 - 1)),
                Column.percent("growth", c.m().get("col.growth")));
        Map<String, Tally> tallies = new HashMap<>();
        for (LandscapeUnit u : c.units()) {
            for (ApplicationFact.Owner o : u.owners()) {
                Tally t = tallies.computeIfAbsent(o.name(), Tally::new);
                t.type = t.type != null ? t.type : o.type();
                // The applicant's own country, not the unit's first owner's: a Chinese university filing with
                // a Japanese company stays Chinese.
                t.country = t.country != null ? t.country : o.country();
                t.applications++;
                t.granted += u.grantedBy(c.asOf()) ? 1 : 0;
                t.valid += u.valid() ? 1 : 0;
                t.recent += LandscapeContext.filedBetween(u, r3, lastComplete) ? 1 : 0;
                t.previous += LandscapeContext.filedBetween(u, p3, r3 - 1) ? 1 : 0;
            }
        }
        List<Tally> ranked = tallies.values().stream()
                .sorted(Comparator.comparingLong((Tally t) -> t.applications).reversed().thenComparing(t -> t.name))
                .limit(TOP).toList();
        long rank = 0;
        for (Tally t : ranked) {
            top.row(++rank, t.name, c.typeName(t.type), t.country, t.applications, share(t.applications, total), t.granted,
                    t.valid, share(t.granted, t.applications), t.recent, t.previous,
                    t.previous == 0 ? null : (double) t.recent / t.previous - 1);
        }
        top.note(c.m().get("note.full_counting"));

        Table.Builder types = c.table("applicant_types", Column.text("type", c.m().get("col.applicant_type")),
                Column.integer("applications", c.m().get("col.applications")), Column.percent("share", c.m().get("col.share")));
        Map<String, Long> byType = c.countBy(u -> true, u -> Stream.of(u.ownerType() == null ? "unknown" : u.ownerType()));
        for (Map.Entry<String, Long> e : LandscapeContext.ranked(byType, Integer.MAX_VALUE)) {
            types.row(c.typeName(e.getKey()), e.getValue(), share(e.getValue(), total));
        }

        Table.Builder entrants = c.table("new_entrants", Column.text("applicant", c.m().get("col.applicant")),
                Column.year("first_year", c.m().get("col.first_year")), Column.integer("applications", c.m().get("col.applications")));
        Map<String, Integer> firstYear = new HashMap<>();
        Map<String, Long> applications = c.countBy(u -> true, u -> u.ownerNames().stream());
        for (LandscapeUnit u : c.units()) {
            if (u.filingYear() != null) {
                u.ownerNames().forEach(o -> firstYear.merge(o, u.filingYear(), Math::min));
            }
        }
        List<Map.Entry<String, Long>> newcomers = new ArrayList<>(applications.entrySet());
        newcomers.removeIf(e -> firstYear.get(e.getKey()) == null || firstYear.get(e.getKey()) < lastComplete - 2);
        for (Map.Entry<String, Long> e : LandscapeContext.ranked(toMap(newcomers), TOP)) {
            entrants.row(e.getKey(), firstYear.get(e.getKey()), e.getValue());
        }
        entrants.note(c.m().get("note.new_entrants", lastComplete - 2));

        List<Long> firstOwnerCounts = List.copyOf(c.countBy(u -> u.ownerName() != null, u -> Stream.of(u.ownerName())).values());
        Concentration conc = Concentration.of(firstOwnerCounts);
        Table.Builder concentration = c.table("concentration", Column.text("measure", c.m().get("col.measure")),
                Column.decimal("value", c.m().get("col.value")));
        concentration.row("CR4", conc.cr4()).row("CR8", conc.cr8()).row("HHI", conc.hhi());
        concentration.note(c.m().get("note.concentration"));
        List<String> findings = new ArrayList<>();
        if (!ranked.isEmpty()) {
            Tally first = ranked.getFirst();
            findings.add(c.m().get("finding.applicants", first.name, first.applications, pct(share(first.applications, total)),
                    pct(conc.cr4()), Math.round(conc.hhi()), c.m().get("level." + conc.level())));
        }
        return new Section(id(), c.m().get("section.applicants"), findings,
                List.of(Chart.of("top_applicants", Kind.RANKED_BAR, "top_applicants", "applicant", "applications"),
                        Chart.of("applicant_types", Kind.PIE, "applicant_types", "type", "applications"),
                        Chart.of("new_entrants", Kind.RANKED_BAR, "new_entrants", "applicant", "applications")),
                List.of(top.build(), types.build(), entrants.build(), concentration.build()));
    }

    private static Map<String, Long> toMap(List<Map.Entry<String, Long>> entries) {
        Map<String, Long> out = new HashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
