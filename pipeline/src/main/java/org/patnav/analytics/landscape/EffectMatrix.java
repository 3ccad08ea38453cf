package org.patnav.analytics.landscape;

import static org.patnav.analytics.landscape.LandscapeContext.share;

import java.util.ArrayList;
import java.util.List;
import org.patnav.navigate.TechnicalEffect;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * 15. 技术功效矩阵 (technical means × technical effects): rows the chain's branches (the means), columns the
 * sector's effects ({@code effects.tsv}); a cell counts the units on the branch whose abstract or first
 * claim states the effect, by {@code EffectMatcher}'s rule (matched when navigate built the fact table).
 * The same matrix for the focus region. Opportunities, by a stated rule: a <em>blank</em> (技术空白) is an
 * empty cell whose branch has at least {@value #MIN_ROW} units and whose effect at least {@value #MIN_COLUMN}
 * units elsewhere in the sector; a <em>local blank</em> (本地空白) is a cell with at least
 * {@value #MIN_CELL} units in the sector and none from the region.
 */
final class EffectMatrix implements NavigationAnalysis {

    static final int MIN_ROW = 3;
    static final int MIN_COLUMN = 3;
    static final int MIN_CELL = 2;

    @Override
    public String id() {
        return "effects";
    }

    @Override
    public boolean applies(LandscapeContext c) {
        return NavigationAnalysis.super.applies(c) && !c.effects().isEmpty();
    }

    @Override
    public Section build(LandscapeContext c) {
        List<TechnicalEffect> effects = c.effects();
        List<ChainPositions.Position> rows = c.positions().branches();
        long[][] world = new long[rows.size()][effects.size()];
        long[][] local = new long[rows.size()][effects.size()];
        long[] columnTotals = new long[effects.size()];
        long[] columnLocal = new long[effects.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (LandscapeUnit u : rows.get(i).units()) {
                boolean inRegion = c.local(u);
                for (int j = 0; j < effects.size(); j++) {
                    if (u.nav().effects().contains(effects.get(j).id())) {
                        world[i][j]++;
                        local[i][j] += inRegion ? 1 : 0;
                    }
                }
            }
        }
        for (LandscapeUnit u : c.units()) {
            boolean inRegion = c.local(u);
            for (int j = 0; j < effects.size(); j++) {
                if (u.nav().effects().contains(effects.get(j).id())) {
                    columnTotals[j]++;
                    columnLocal[j] += inRegion ? 1 : 0;
                }
            }
        }
        Table.Builder matrix = matrixTable(c, "effect_matrix", effects);
        Table.Builder regional = matrixTable(c, "effect_matrix_region", effects);
        for (int i = 0; i < rows.size(); i++) {
            List<Object> w = new ArrayList<>(List.of(c.branchName(rows.get(i).node())));
            List<Object> l = new ArrayList<>(List.of(c.branchName(rows.get(i).node())));
            for (int j = 0; j < effects.size(); j++) {
                w.add(world[i][j]);
                l.add(local[i][j]);
            }
            w.add(rows.get(i).world().units());
            l.add(rows.get(i).region().units());
            matrix.row(w.toArray());
            regional.row(l.toArray());
        }
        matrix.note(c.m().get("note.effect_matrix"));

        Table.Builder totals = c.table("effect_totals", Column.text("effect", c.m().get("col.effect")),
                Column.integer("applications", c.m().get("col.applications")), Column.percent("share", c.m().get("col.share")),
                Column.integer("region", c.m().get("col.region_applications")),
                Column.percent("region_share", c.m().get("col.region_share")));
        for (int j = 0; j < effects.size(); j++) {
            totals.row(c.effectName(effects.get(j)), columnTotals[j], share(columnTotals[j], c.total()), columnLocal[j],
                    columnTotals[j] == 0 ? null : share(columnLocal[j], columnTotals[j]));
        }

        Table.Builder opportunities = c.table("effect_opportunities", Column.text("branch", c.m().get("col.branch")),
                Column.text("effect", c.m().get("col.effect")), Column.text("kind", c.m().get("col.opportunity")),
                Column.integer("applications", c.m().get("col.applications")),
                Column.integer("region", c.m().get("col.region_applications")));
        long blanks = 0;
        long localBlanks = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < effects.size(); j++) {
                String name = c.branchName(rows.get(i).node());
                if (world[i][j] == 0 && rows.get(i).world().units() >= MIN_ROW && columnTotals[j] >= MIN_COLUMN) {
                    opportunities.row(name, c.effectName(effects.get(j)), c.m().get("opportunity.blank"), 0L, 0L);
                    blanks++;
                } else if (world[i][j] >= MIN_CELL && local[i][j] == 0) {
                    opportunities.row(name, c.effectName(effects.get(j)), c.m().get("opportunity.local_blank"), world[i][j], 0L);
                    localBlanks++;
                }
            }
        }
        opportunities.note(c.m().get("note.effect_opportunities", MIN_ROW, MIN_COLUMN, MIN_CELL));

        List<String> findings = new ArrayList<>();
        int best = -1;
        for (int j = 0; j < effects.size(); j++) {
            best = columnTotals[j] > 0 && (best < 0 || columnTotals[j] > columnTotals[best]) ? j : best;
        }
        if (best >= 0) {
            findings.add(c.m().get("finding.effects", c.effectName(effects.get(best)), columnTotals[best],
                    LandscapeContext.pct(share(columnTotals[best], c.total()))));
        }
        findings.add(c.m().get("finding.effect_opportunities", blanks, localBlanks));
        return new Section(id(), c.m().get("section.effects"), findings,
                List.of(Chart.of("effect_matrix", Kind.HEATMAP, "effect_matrix", "branch",
                                effects.stream().map(TechnicalEffect::id).toArray(String[]::new)),
                        Chart.of("effect_matrix_region", Kind.HEATMAP, "effect_matrix_region", "branch",
                                effects.stream().map(TechnicalEffect::id).toArray(String[]::new)),
                        Chart.of("effect_totals", Kind.RANKED_BAR, "effect_totals", "effect", "applications")),
                List.of(matrix.build(), regional.build(), totals.build(), opportunities.build()));
    }

    private static Table.Builder matrixTable(LandscapeContext c, String id, List<TechnicalEffect> effects) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("branch", c.m().get("col.branch")));
        effects.forEach(e -> columns.add(Column.integer(e.id(), c.effectName(e))));
        columns.add(Column.integer("applications", c.m().get("col.branch_applications")));
        return c.table(id, columns.toArray(Column[]::new));
    }
}
