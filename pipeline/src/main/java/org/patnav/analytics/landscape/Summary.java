package org.patnav.analytics.landscape;

import static org.patnav.analytics.landscape.LandscapeContext.share;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * 结论与建议, which opens the report: where the region stands on the chain ({@link ChainPositions}), where
 * the industry is moving ({@link Direction}) and what each development path recommends ({@link Paths}),
 * each sentence computed from the sections' own figures, with the count and the first names of every path.
 */
final class Summary implements NavigationAnalysis {

    private static final int NAMES = 3;

    @Override
    public String id() {
        return "summary";
    }


    @Override
    public Section build(LandscapeContext c) {
        ChainPositions p = c.positions();
        Paths.Plan plan = c.plan();
        List<String> findings = new ArrayList<>();
        List<String> strong = p.branches().stream().filter(ChainPositions.Position::strong).map(x -> c.branchName(x.node())).toList();
        List<String> gaps = p.branches().stream().filter(ChainPositions.Position::gap).map(x -> c.branchName(x.node())).toList();
        findings.add(c.m().get("finding.summary_position", c.regionName(c.region()), p.region().units(),
                LandscapeContext.pct(share(p.region().units(), p.nation().units())), p.region().highValue(),
                join(c, strong), join(c, gaps)));
        findings.addAll(pathFindings(c, plan));

        Table.Builder table = c.table("recommendations", Column.text("path", c.m().get("col.path")),
                Column.integer("count", c.m().get("col.count")), Column.text("leading", c.m().get("col.leading")));
        table.row(c.m().get("path.cultivate"), (long) plan.cultivate().size(), names(c, plan.cultivate(), e -> e.owner().name()));
        table.row(c.m().get("path.attract"), (long) plan.attract().size(), names(c, plan.attract(), e -> e.owner().name()));
        table.row(c.m().get("path.talent"), (long) plan.talent().size(), names(c, plan.talent(), t -> t.person().name()));
        table.row(c.m().get("path.technologies"), (long) plan.technologies().size(), names(c, plan.technologies(), x -> x.unit().pubId()));
        table.row(c.m().get("path.partners"), (long) plan.partners().size(), names(c, plan.partners(), e -> e.owner().name()));
        table.row(c.m().get("path.candidates"), (long) plan.candidates().size(), names(c, plan.candidates(), x -> x.unit().pubId()));
        table.row(c.m().get("path.risks"), (long) plan.risks().size(), names(c, plan.risks(), Paths.Risk::branch));
        table.note(c.m().get("note.recommendations"));
        return new Section(id(), c.m().get("section.summary"), findings,
                List.of(Chart.of("recommendations", Kind.RANKED_BAR, "recommendations", "path", "count")),
                List.of(table.build()));
    }

    /** One sentence per path with its count and first names: the paths section's findings and the summary's. */
    static List<String> pathFindings(LandscapeContext c, Paths.Plan plan) {
        List<String> out = new ArrayList<>();
        out.add(c.m().get("finding.path_enterprises", plan.cultivate().size(), orNone(c, names(c, plan.cultivate(), e -> e.owner().name())),
                plan.attract().size(), orNone(c, names(c, plan.attract(), e -> e.owner().name()))));
        out.add(c.m().get("finding.path_talent_technology", plan.talent().size(),
                orNone(c, names(c, plan.talent(), t -> t.person().name())), plan.technologies().size(), plan.partners().size(),
                orNone(c, names(c, plan.partners(), e -> e.owner().name()))));
        out.add(c.m().get("finding.path_candidates_risks", plan.candidates().size(), plan.risks().size(),
                orNone(c, names(c, plan.risks(), Paths.Risk::branch))));
        return out;
    }

    private static String orNone(LandscapeContext c, String names) {
        return names.isEmpty() ? c.m().get("none") : names;
    }

    private static String join(LandscapeContext c, List<String> names) {
        return c.listOrNone(names);
    }

    private static <T> String names(LandscapeContext c, List<T> items, Function<T, String> name) {
        return c.join(items.stream().map(name).distinct().limit(NAMES).toList());
    }
}
