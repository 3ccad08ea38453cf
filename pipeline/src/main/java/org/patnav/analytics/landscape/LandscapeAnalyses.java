package org.patnav.analytics.landscape;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patnav.report.Report;
import org.patnav.report.Section;

/**
 * The landscape report (专利导航产业分析) of one sector: every analysis, in the report's order, run over the
 * sector's counting units on the driver. The units of a sector are few (at most some hundred thousand) and
 * every analysis reads each unit a few times, so one pass of plain Java over them replaces the dozens of
 * Spark jobs one query per table would take.
 */
public final class LandscapeAnalyses {

    /**
     * Every section, in the report's order: the conclusions first, the landscape, the navigation of GB/T
     * 39551.3 (chain, direction, position, talent, effects, operation, paths; only for a sector placed on an
     * industry chain), the companies named last. Adding an analysis is one line here.
     */
    public static final List<LandscapeAnalysis> ALL = List.of(new Summary(), new Overview(), new Trend(),
            new LifeCycleAnalysis(), new Geography(), new Applicants(), new Technology(), new CorePatents(),
            new LegalStatusAnalysis(), new Collaboration(), new ChainMap(), new Direction(), new Positioning(),
            new Talent(), new EffectMatrix(), new Operation(), new Paths(), new Companies());

    private LandscapeAnalyses() {
    }

    /**
     * What the report says of the run besides its sections.
     *
     * @param sector    the sector manifest's entry: {@code id}, {@code version}, {@code name_zh}, {@code name_en}
     * @param warehouse the warehouse location, recorded in the manifest
     */
    public record Run(Map<String, Object> sector, String warehouse, String snapshotId, LandscapeUnit.Unit unit) {
    }

    public static Report report(LandscapeContext c, Run run) {
        // The sections are built in parallel, in the report's order: each only reads the units and the run's
        // options (Overview alone adds the KPIs), and on two cores this halves the slowest part of a large
        // sector's report after the judgement.
        List<Section> sections = ALL.parallelStream().filter(a -> a.applies(c)).map(a -> a.build(c)).toList();
        String sectorId = String.valueOf(run.sector().get("id"));
        String version = String.valueOf(run.sector().get("version"));
        String name = String.valueOf(run.sector().getOrDefault(c.lang().equals("zh") ? "name_zh" : "name_en", sectorId));
        String unit = run.unit() == LandscapeUnit.Unit.FAMILY ? "family" : "application";
        String period = (c.from() == null ? "" : c.from()) + "–" + (c.to() == null ? "" : c.to());
        String title = c.m().get("report.title", name);
        String subtitle = c.m().get("report.subtitle", c.regionName(c.region()), c.asOf().toString(), version,
                c.m().get("unit." + unit), c.from() == null && c.to() == null ? c.m().get("period.all") : period);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("warehouse", run.warehouse());
        manifest.put("snapshot_id", run.snapshotId());
        // Ordered maps: Map.of iterates in an order that changes from one JVM to the next, and report.json and
        // the HTML's manifest must be the same bytes for the same inputs.
        manifest.put("sector", orderedMap("id", sectorId, "version", version,
                "name_zh", String.valueOf(run.sector().get("name_zh")), "name_en", String.valueOf(run.sector().get("name_en"))));
        manifest.put("as_of", c.asOf().toString());
        manifest.put("region", c.region());
        manifest.put("from_year", c.from());
        manifest.put("to_year", c.to());
        manifest.put("companies", c.companies());
        manifest.put("counting_rules", orderedMap(
                "unit", unit,
                "date_basis", "filing date (trend also by earliest priority and grant date)",
                "owner", "applicants; for US publications with an assignee, the assignees; taken from the unit's latest publication",
                "applicant_counting", "full counting: an application counts once for each of its applicants; concentration uses the first owner",
                "classification_counting", "full counting over every IPC symbol of the unit",
                "incomplete_from_year", c.incompleteFrom(),
                "legal_status", "the fee engine's status on as_of (fee-rules.tsv, patent-terms.tsv, the ingested events), as in the watchlist and the indicators",
                "high_value", "CNIPA high-value invention patents (high-value-rules.tsv, sei-ipc-concordance.tsv), as in the indicators; no pledge or award register"));
        List<String> methods = new java.util.ArrayList<>(List.of(
                c.m().get("methods.data", run.warehouse(), run.snapshotId(), c.asOf().toString()),
                c.m().get("methods.sector", name, sectorId, version),
                c.m().get("methods.unit." + unit),
                c.m().get("methods.dates", c.incompleteFrom()),
                c.m().get("methods.applicants"),
                c.m().get("methods.status")));
        if (c.navigates()) {
            methods.add(c.m().get("methods.navigation", c.chain().name().getOrDefault(c.lang(), c.chain().id()),
                    c.chain().id(), c.chain().version()));
            manifest.put("chain", orderedMap("id", c.chain().id(), "version", c.chain().version()));
        }
        methods.add(c.m().get("methods.caveats"));
        return new Report(c.lang(), title, subtitle, c.kpis(), sections, methods, manifest);
    }

    /** A map that keeps its keys in the order given, so the manifest reads the same on every run. */
    private static Map<String, Object> orderedMap(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
