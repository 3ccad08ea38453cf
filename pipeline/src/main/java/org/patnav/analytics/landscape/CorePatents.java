package org.patnav.analytics.landscape;

import static org.patnav.analytics.landscape.LandscapeContext.TOP;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * 7. Core patents: the most cited, the largest families, the core patents by the criteria stated below
 * (citations, family abroad, claims, years maintained: PatNav's screening list, not CNIPA's definition),
 * and CNIPA's high-value invention patents ({@link org.patnav.analytics.highvalue.HighValueClassifier}).
 */
final class CorePatents implements LandscapeAnalysis {

    /** Core-patent criteria: forward citations, claims, years maintained (a family in two offices is the fourth). */
    static final int CORE_CITED = 3;
    static final int CORE_CLAIMS = 10;
    static final int CORE_YEARS = 10;
    static final int CORE_OFFICES = 2;

    @Override
    public String id() {
        return "core_patents";
    }

    /** The stated criteria of a core patent, in the order the table lists them. */
    private enum Criterion {
        CITED, ABROAD, CLAIMS, MAINTAINED;

        boolean metBy(LandscapeUnit u, LandscapeContext c) {
            return switch (this) {
                case CITED -> u.citedBy() >= CORE_CITED;
                case ABROAD -> u.familyOffices() >= CORE_OFFICES;
                case CLAIMS -> u.claimCount() != null && u.claimCount() >= CORE_CLAIMS;
                case MAINTAINED -> u.valid() && u.filingDate() != null
                        && !u.filingDate().isAfter(c.asOf().minusYears(CORE_YEARS));
            };
        }

        String reason(LandscapeUnit u, LandscapeContext c) {
            return switch (this) {
                case CITED -> c.m().get("reason.cited", u.citedBy());
                case ABROAD -> c.m().get("reason.abroad");
                case CLAIMS -> c.m().get("reason.claims", CORE_CLAIMS);
                case MAINTAINED -> c.m().get("reason.maintained", CORE_YEARS);
            };
        }
    }

    /** How many of the criteria a unit meets (0: no core patent). Worded only for the rows listed. */
    static int criteriaMet(LandscapeUnit u, LandscapeContext c) {
        int met = 0;
        for (Criterion k : Criterion.values()) {
            met += k.metBy(u, c) ? 1 : 0;
        }
        return met;
    }

    /** The criteria a unit meets, worded, in the order the table lists them. */
    static List<String> coreReasons(LandscapeUnit u, LandscapeContext c) {
        List<String> reasons = new ArrayList<>();
        for (Criterion k : Criterion.values()) {
            if (k.metBy(u, c)) {
                reasons.add(k.reason(u, c));
            }
        }
        return reasons;
    }

    /** An application refused or withdrawn before grant is no core patent, whatever it was cited for. */
    private static boolean endedUngranted(LandscapeUnit u, LandscapeContext c) {
        return u.status() == FeeStatus.LAPSED && !u.grantedBy(c.asOf());
    }

    @Override
    public Section build(LandscapeContext c) {
        Table.Builder cited = c.patentTable("most_cited", Column.integer("cited_by", c.m().get("col.cited_by")));
        c.units().stream().filter(u -> u.citedBy() > 0)
                .sorted(Comparator.comparingLong(LandscapeUnit::citedBy).reversed().thenComparing(LandscapeUnit::pubId))
                .limit(TOP).forEach(u -> cited.row(cells(c, u, u.citedBy())));
        cited.note(c.m().get("note.cited"));
        Table.Builder families = c.patentTable("largest_families", Column.integer("family_size", c.m().get("col.family_size")),
                Column.integer("family_offices", c.m().get("col.family_offices")));
        c.units().stream().filter(u -> u.familySize() > 1)
                .sorted(Comparator.comparingLong(LandscapeUnit::familySize).reversed()
                        .thenComparing(Comparator.comparingLong(LandscapeUnit::familyOffices).reversed())
                        .thenComparing(LandscapeUnit::pubId))
                .limit(TOP).forEach(u -> families.row(cells(c, u, u.familySize(), u.familyOffices())));
        Table.Builder core = c.patentTable("core_patents", Column.text("status", c.m().get("col.status")),
                Column.integer("criteria", c.m().get("col.criteria")), Column.text("reasons", c.m().get("col.reasons")));
        List<LandscapeUnit> corePatents = c.units().stream().filter(u -> !endedUngranted(u, c) && criteriaMet(u, c) > 0)
                .toList();
        corePatents.stream()
                .sorted(Comparator.comparingInt((LandscapeUnit u) -> criteriaMet(u, c)).reversed()
                        .thenComparing(Comparator.comparingLong(LandscapeUnit::citedBy).reversed())
                        .thenComparing(LandscapeUnit::pubId))
                .limit(TOP).forEach(u -> {
                    List<String> reasons = coreReasons(u, c);
                    core.row(cells(c, u, c.statusName(u.statusId()), (long) reasons.size(),
                            String.join(c.m().get("list.separator"), reasons)));
                });
        core.note(c.m().get("note.core_patents", CORE_CITED, CORE_CLAIMS, CORE_YEARS));
        Table.Builder cnipa = c.patentTable("cnipa_high_value", Column.integer("cited_by", c.m().get("col.cited_by")),
                Column.integer("family_offices", c.m().get("col.family_offices")));
        List<LandscapeUnit> highValue = c.units().stream().filter(LandscapeUnit::highValue)
                .sorted(Comparator.comparingLong(LandscapeUnit::citedBy).reversed().thenComparing(LandscapeUnit::pubId)).toList();
        highValue.stream().limit(TOP).forEach(u -> cnipa.row(cells(c, u, u.citedBy(), u.familyOffices())));
        cnipa.note(c.m().get("note.cnipa_high_value", c.asOf().toString()));
        Table citedTable = cited.build();
        Table coreTable = core.build();
        List<String> findings = new ArrayList<>();
        findings.add(citedTable.rows().isEmpty() ? c.m().get("finding.core.none", (long) corePatents.size())
                : c.m().get("finding.core", citedTable.rows().getFirst().get(citedTable.columnIndex("pub_id")),
                citedTable.rows().getFirst().get(citedTable.columnIndex("cited_by")), (long) corePatents.size()));
        findings.add(c.m().get("finding.cnipa_high_value", (long) highValue.size(), c.asOf().toString()));
        return new Section(id(), c.m().get("section.core_patents"), findings,
                List.of(Chart.of("most_cited", Kind.RANKED_BAR, "most_cited", "pub_id", "cited_by"),
                        Chart.of("largest_families", Kind.RANKED_BAR, "largest_families", "pub_id", "family_size")),
                List.of(citedTable, families.build(), coreTable, cnipa.build()));
    }

    private static Object[] cells(LandscapeContext c, LandscapeUnit u, Object... more) {
        List<Object> row = c.patentCells(u);
        row.addAll(List.of(more));
        return row.toArray();
    }
}
