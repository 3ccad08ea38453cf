package org.patnav.analytics.landscape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patnav.analytics.landscape.LandscapeUnit.Dealing;
import org.patnav.model.PartyType;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * 16. Patent operation (专利运营): transfers, licences, open licences and pledges from the events
 * ({@code docs/model.md}, {@code events.category}); per branch (units with at least one), per year (events);
 * the flows of transferred units into and out of the focus region (from the first applicant's division to
 * the current owner's); university and institute patents never transferred (转化对象: granted, valid, held
 * by their first applicant, no transfer event); and the Chinese patents free to use
 * ({@link LandscapeUnit#freeToUseInChina}) in the region's weak branches.
 */
final class Operation implements NavigationAnalysis {

    private static final int LIST_ROWS = 30;
    static final List<Dealing.Category> SHOWN = List.of(Dealing.Category.TRANSFER, Dealing.Category.LICENCE,
            Dealing.Category.OPEN_LICENCE, Dealing.Category.PLEDGE);

    @Override
    public String id() {
        return "operation";
    }


    /** Where a transfer took a unit: {@code into}, {@code out}, {@code within} the region, or {@code elsewhere}. */
    static String flow(LandscapeContext c, LandscapeUnit u) {
        boolean fromIn = c.local(u);
        String to = u.nav().holder() == null ? null : u.nav().holder().regionCode();
        boolean toIn = c.inRegion(to);
        return toIn && !fromIn ? "into" : fromIn && !toIn ? "out" : fromIn ? "within" : "elsewhere";
    }

    /** A university's or institute's granted, valid patent, held by its first applicant, never transferred. */
    static boolean transferCandidate(LandscapeContext c, LandscapeUnit u) {
        String type = u.ownerType();
        boolean academic = PartyType.UNIVERSITY.id().equals(type) || PartyType.RESEARCH_INSTITUTE.id().equals(type);
        return academic && u.valid() && u.grantedBy(c.asOf()) && !u.nav().transferred()
                && (u.nav().holder() == null || u.nav().holder().name().equals(u.ownerName()));
    }

    @Override
    public Section build(LandscapeContext c) {
        List<Column> cols = new ArrayList<>(List.of(Column.text("branch", c.m().get("col.branch"))));
        SHOWN.forEach(k -> cols.add(Column.integer(k.id(), c.m().get("dealing." + k.id()))));
        Table.Builder byBranch = c.table("operation_by_branch", cols.toArray(Column[]::new));
        for (ChainPositions.Position pos : c.positions().branches()) {
            List<Object> row = new ArrayList<>(List.of(c.branchName(pos.node())));
            Map<Dealing.Category, Long> units = new EnumMap<>(Dealing.Category.class);
            for (LandscapeUnit u : pos.units()) {
                u.nav().dealings().stream().map(Dealing::category).distinct().forEach(k -> units.merge(k, 1L, Long::sum));
            }
            SHOWN.forEach(k -> row.add(units.getOrDefault(k, 0L)));
            byBranch.row(row.toArray());
        }
        byBranch.note(c.m().get("note.operation_by_branch"));

        List<Column> yearCols = new ArrayList<>(List.of(Column.year("year", c.m().get("col.year"))));
        SHOWN.forEach(k -> yearCols.add(Column.integer(k.id(), c.m().get("dealing." + k.id()))));
        Table.Builder byYear = c.table("operation_by_year", yearCols.toArray(Column[]::new));
        TreeMap<Integer, long[]> years = new TreeMap<>();
        Map<Dealing.Category, Long> totals = new EnumMap<>(Dealing.Category.class);
        for (LandscapeUnit u : c.units()) {
            for (Dealing d : u.nav().dealings()) {
                int k = SHOWN.indexOf(d.category());
                if (k >= 0 && d.date() != null) {
                    years.computeIfAbsent(d.date().getYear(), y -> new long[SHOWN.size()])[k]++;
                }
                totals.merge(d.category(), 1L, Long::sum);
            }
        }
        years.forEach((y, counts) -> {
            List<Object> row = new ArrayList<>(List.of(y));
            for (long n : counts) {
                row.add(n);
            }
            byYear.row(row.toArray());
        });

        Table.Builder flows = c.table("transfer_flows", Column.text("flow", c.m().get("col.flow")),
                Column.integer("applications", c.m().get("col.applications")));
        Table.Builder transfers = c.patentTable("transfers", Column.text("to", c.m().get("col.holder")),
                Column.text("to_region", c.m().get("col.to_region")), Column.date("date", c.m().get("col.date")),
                Column.text("flow", c.m().get("col.flow")));
        Map<String, Long> flowCounts = new java.util.LinkedHashMap<>();
        List.of("into", "out", "within", "elsewhere").forEach(f -> flowCounts.put(f, 0L));
        List<LandscapeUnit> transferred = c.units().stream().filter(u -> u.nav().transferred())
                .sorted(Comparator.comparing((LandscapeUnit u) -> lastTransfer(u), Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(LandscapeUnit::pubId)).toList();
        for (LandscapeUnit u : transferred) {
            String f = flow(c, u);
            flowCounts.merge(f, 1L, Long::sum);
            if (transfers.size() < LIST_ROWS) {
                List<Object> row = c.patentCells(u);
                row.add(u.nav().holder() == null ? null : u.nav().holder().name());
                row.add(u.nav().holder() == null ? null : c.regionName(u.nav().holder().regionCode()));
                row.add(lastTransfer(u));
                row.add(c.m().get("flow." + f));
                transfers.row(row.toArray());
            }
        }
        flowCounts.forEach((f, n) -> flows.row(c.m().get("flow." + f), n));
        flows.note(c.m().get("note.transfer_flows", c.regionName(c.region())));

        Table.Builder candidates = c.patentTable("transfer_candidates", Column.text("type", c.m().get("col.applicant_type")),
                Column.text("region", c.m().get("col.region")), Column.text("high_value", c.m().get("col.high_value")),
                Column.integer("cited_by", c.m().get("col.cited_by")), Column.text("branches", c.m().get("col.branches")));
        List<LandscapeUnit> academic = c.units().stream().filter(u -> transferCandidate(c, u))
                .sorted(Comparator.comparing((LandscapeUnit u) -> !u.highValue())
                        .thenComparing(Comparator.comparingLong(LandscapeUnit::citedBy).reversed())
                        .thenComparing(LandscapeUnit::pubId)).toList();
        academic.stream().limit(LIST_ROWS).forEach(u -> {
            List<Object> row = c.patentCells(u);
            row.add(c.typeName(u.ownerType()));
            row.add(c.regionName(u.ownerRegion()));
            row.add(u.highValue() ? c.m().get("yes") : "");
            row.add(u.citedBy());
            row.add(c.branchesCell(List.of(u)));
            candidates.row(row.toArray());
        });
        candidates.note(c.m().get("note.transfer_candidates"));

        Table.Builder free = c.patentTable("free_in_weak_branches", Column.text("branch", c.m().get("col.branch")),
                Column.text("status", c.m().get("col.status")), Column.date("since", c.m().get("col.since")),
                Column.integer("cited_by", c.m().get("col.cited_by")));
        long freeCount = 0;
        for (ChainPositions.Position pos : c.positions().branches()) {
            if (!pos.weak()) {
                continue;
            }
            List<LandscapeUnit> lapsed = pos.units().stream().filter(LandscapeUnit::freeToUseInChina)
                    .sorted(Comparator.comparingLong(LandscapeUnit::citedBy).reversed().thenComparing(LandscapeUnit::pubId))
                    .toList();
            freeCount += lapsed.size();
            lapsed.stream().limit(5).forEach(u -> {
                List<Object> row = c.patentCells(u);
                row.addAll(java.util.Arrays.asList(c.branchName(pos.node()), c.statusName(u.statusId()), u.statusSince(),
                        u.citedBy()));
                free.row(row.toArray());
            });
        }
        free.note(c.m().get("note.free_in_weak_branches"));

        List<String> findings = new ArrayList<>();
        findings.add(c.m().get("finding.operation", totals.getOrDefault(Dealing.Category.TRANSFER, 0L),
                totals.getOrDefault(Dealing.Category.LICENCE, 0L), totals.getOrDefault(Dealing.Category.OPEN_LICENCE, 0L),
                totals.getOrDefault(Dealing.Category.PLEDGE, 0L), flowCounts.get("into"), flowCounts.get("out")));
        findings.add(c.m().get("finding.operation_candidates", academic.size(), freeCount));
        return new Section(id(), c.m().get("section.operation"), findings,
                List.of(Chart.of("operation_by_branch", Kind.STACKED_BAR, "operation_by_branch", "branch",
                                SHOWN.stream().map(Dealing.Category::id).toArray(String[]::new)),
                        Chart.of("operation_by_year", Kind.BAR, "operation_by_year", "year",
                                SHOWN.stream().map(Dealing.Category::id).toArray(String[]::new)),
                        Chart.of("transfer_flows", Kind.PIE, "transfer_flows", "flow", "applications")),
                List.of(byBranch.build(), byYear.build(), flows.build(), transfers.build(), candidates.build(), free.build()));
    }

    private static java.time.LocalDate lastTransfer(LandscapeUnit u) {
        return u.nav().dealings().stream().filter(d -> d.category() == Dealing.Category.TRANSFER && d.date() != null)
                .map(Dealing::date).max(java.time.LocalDate::compareTo).orElse(null);
    }
}
