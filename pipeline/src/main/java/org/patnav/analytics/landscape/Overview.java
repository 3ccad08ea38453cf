package org.patnav.analytics.landscape;

import static org.patnav.analytics.landscape.LandscapeContext.pct;
import static org.patnav.analytics.landscape.LandscapeContext.share;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/** 1. Overview: the headline figures (the KPI cards) and the patent types. */
final class Overview implements LandscapeAnalysis {

    @Override
    public String id() {
        return "overview";
    }

    @Override
    public Section build(LandscapeContext c) {
        long total = c.total();
        long granted = c.count(u -> u.grantedBy(c.asOf()));
        long valid = c.count(LandscapeUnit::valid);
        long highValue = c.count(LandscapeUnit::highValue);
        long inventions = c.count(u -> "invention".equals(u.patentType()));
        long cn = c.count(u -> "CN".equals(u.ownerCountry()));
        long foreign = c.count(u -> u.ownerCountry() != null && !"CN".equals(u.ownerCountry()));
        long region = c.count(u -> c.inRegion(u.ownerRegion()));
        Set<String> applicants = new TreeSet<>();
        c.units().forEach(u -> applicants.addAll(u.ownerNames()));
        Map<Integer, Long> years = c.countBy(u -> u.filingYear() != null, u -> Stream.of(u.filingYear()));
        Integer peak = LandscapeContext.ranked(years, 1).stream().map(Map.Entry::getKey).findFirst().orElse(null);
        c.kpi("applications", Column.Type.INTEGER, total);
        c.kpi("granted", Column.Type.INTEGER, granted);
        c.kpi("valid", Column.Type.INTEGER, valid);
        c.kpi("high_value", Column.Type.INTEGER, highValue);
        c.kpi("invention_share", Column.Type.PERCENT, share(inventions, total));
        c.kpi("applicants", Column.Type.INTEGER, (long) applicants.size());
        c.kpi("peak_year", Column.Type.YEAR, peak);
        c.kpi("cn_share", Column.Type.PERCENT, share(cn, cn + foreign));
        c.kpi("foreign_share", Column.Type.PERCENT, share(foreign, cn + foreign));
        c.kpi("region_share", Column.Type.PERCENT, share(region, total));
        c.kpi("region_applications", Column.Type.INTEGER, region);

        Table.Builder types = c.table("patent_types", Column.text("patent_type", c.m().get("col.patent_type")),
                Column.integer("applications", c.m().get("col.applications")), Column.percent("share", c.m().get("col.share")));
        Map<String, Long> byType = new HashMap<>();
        c.units().forEach(u -> byType.merge(u.patentType(), 1L, Long::sum));
        for (Map.Entry<String, Long> e : LandscapeContext.ranked(byType, Integer.MAX_VALUE)) {
            types.row(c.typeName(e.getKey()), e.getValue(), share(e.getValue(), total));
        }
        List<String> findings = List.of(c.m().get("finding.overview", total, granted, valid,
                pct(share(inventions, total)), (long) applicants.size(), peak == null ? "–" : String.valueOf(peak)),
                c.m().get("finding.high_value", highValue, pct(share(highValue, valid))));
        return new Section(id(), c.m().get("section.overview"), findings,
                List.of(Chart.of("patent_types", Kind.PIE, "patent_types", "patent_type", "applications")),
                List.of(types.build()));
    }
}
