package org.patnav.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A finished report in one language, ready for the renderers (HTML, workbook, CSV/JSON, manifest).
 *
 * @param lang     {@code zh} or {@code en}
 * @param title    the report's title
 * @param subtitle scope line (sector, region, period, as-of date)
 * @param manifest what {@code report.json} records besides the KPIs: inputs, warehouse snapshot, sector
 *                 definition and version, counting rules, options (JSON-compatible values)
 * @param methods  the methods section as paragraphs
 * @param created  when the data the report shows was published (the warehouse snapshot's time), which the
 *                 workbook records as its creation time, so the same inputs give the same bytes; null: none
 */
public record Report(String lang, String title, String subtitle, List<Kpi> kpis, List<Section> sections,
                     List<String> methods, Map<String, Object> manifest, Instant created) {

    public Report(String lang, String title, String subtitle, List<Kpi> kpis, List<Section> sections,
                  List<String> methods, Map<String, Object> manifest) {
        this(lang, title, subtitle, kpis, sections, methods, manifest, null);
    }

    /** The same report, created at {@code created}. */
    public Report withCreated(Instant created) {
        return new Report(lang, title, subtitle, kpis, sections, methods, manifest, created);
    }

    public Report {
        kpis = List.copyOf(kpis);
        sections = List.copyOf(sections);
        methods = List.copyOf(methods);
    }

    public List<Table> tables() {
        return sections.stream().flatMap(s -> s.tables().stream()).toList();
    }
}
