package org.patnav.report;

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
 */
public record Report(String lang, String title, String subtitle, List<Kpi> kpis, List<Section> sections,
                     List<String> methods, Map<String, Object> manifest) {

    public Report {
        kpis = List.copyOf(kpis);
        sections = List.copyOf(sections);
        methods = List.copyOf(methods);
    }

    public List<Table> tables() {
        return sections.stream().flatMap(s -> s.tables().stream()).toList();
    }
}
