package org.patnav.analytics.landscape;

import static org.patnav.analytics.landscape.LandscapeContext.TOP;
import static org.patnav.analytics.landscape.LandscapeContext.pct;
import static org.patnav.analytics.landscape.LandscapeContext.share;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.patnav.normalize.RegionCode;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * 4. Geography, by the first owner: countries, Chinese provinces and cities, and the focus region against
 * its parts, its province and the nation.
 */
final class Geography implements LandscapeAnalysis {

    @Override
    public String id() {
        return "geography";
    }

    @Override
    public Section build(LandscapeContext c) {
        long total = c.total();
        Table.Builder countries = c.table("countries", Column.text("country", c.m().get("col.country")),
                Column.integer("applications", c.m().get("col.applications")), Column.percent("share", c.m().get("col.share")));
        Map<String, Long> byCountry = c.countBy(u -> true, u -> Stream.of(u.ownerCountry() == null ? "?" : u.ownerCountry()));
        for (Map.Entry<String, Long> e : LandscapeContext.ranked(byCountry, TOP)) {
            countries.row(e.getKey(), e.getValue(), share(e.getValue(), total));
        }
        long cn = c.count(u -> "CN".equals(u.ownerCountry()));
        Table.Builder provinces = c.table("provinces", Column.text("code", c.m().get("col.region_code")),
                Column.text("region", c.m().get("col.region")), Column.integer("applications", c.m().get("col.applications")),
                Column.percent("share", c.m().get("col.share_cn")));
        Map<String, Long> byProvince = c.countBy(u -> "CN".equals(u.ownerCountry()) && RegionCode.isValid(u.ownerRegion()),
                u -> Stream.of(RegionCode.parse(u.ownerRegion()).province().code()));
        for (Map.Entry<String, Long> e : LandscapeContext.ranked(byProvince, TOP)) {
            provinces.row(e.getKey(), c.regionName(e.getKey()), e.getValue(), share(e.getValue(), cn));
        }
        Table.Builder cities = c.table("cities", Column.text("code", c.m().get("col.region_code")),
                Column.text("region", c.m().get("col.region")), Column.integer("applications", c.m().get("col.applications")),
                Column.percent("share", c.m().get("col.share_cn")));
        Map<String, Long> byCity = c.countBy(u -> "CN".equals(u.ownerCountry()) && RegionCode.isValid(u.ownerRegion())
                        && RegionCode.parse(u.ownerRegion()).city().isPresent(),
                u -> Stream.of(RegionCode.parse(u.ownerRegion()).city().orElseThrow().code()));
        for (Map.Entry<String, Long> e : LandscapeContext.ranked(byCity, TOP)) {
            cities.row(e.getKey(), c.regionName(e.getKey()), e.getValue(), share(e.getValue(), cn));
        }
        // The focus region against its parts, its province and the nation.
        RegionCode focusRegion = c.focus();
        RegionCode province = focusRegion.province();
        long inRegion = c.count(u -> c.inRegion(u.ownerRegion()));
        long inProvince = c.count(u -> u.ownerRegion() != null && u.ownerRegion().startsWith(province.prefix()));
        Table.Builder focus = c.table("focus_region", Column.text("code", c.m().get("col.region_code")),
                Column.text("region", c.m().get("col.region")), Column.text("level", c.m().get("col.level")),
                Column.integer("applications", c.m().get("col.applications")), Column.percent("share", c.m().get("col.share_cn")));
        if (focusRegion.level() != RegionCode.Level.COUNTY) {
            Map<String, Long> parts = new TreeMap<>(c.countBy(u -> c.inRegion(u.ownerRegion()) && RegionCode.isValid(u.ownerRegion())
                    && RegionCode.parse(u.ownerRegion()).level() == RegionCode.Level.COUNTY, u -> Stream.of(u.ownerRegion())));
            parts.forEach((code, n) -> focus.row(code, c.regionName(code), c.m().get("level.part"), n, share(n, cn)));
        }
        focus.row(c.region(), c.regionName(c.region()), c.m().get("level.focus"), inRegion, share(inRegion, cn));
        focus.row(province.code(), c.regionName(province.code()), c.m().get("level.province"), inProvince,
                share(inProvince, cn));
        focus.row("CN", c.m().get("region.nation"), c.m().get("level.nation"), cn, share(cn, cn));
        // Foreign as the overview counts it: a first owner of a known country other than China (a unit whose
        // owner's country is unknown is not foreign).
        long foreign = c.count(u -> u.ownerCountry() != null && !"CN".equals(u.ownerCountry()));
        String finding = c.m().get("finding.geography", c.regionName(c.region()), inRegion,
                pct(share(inRegion, inProvince)), pct(share(inRegion, cn)), pct(share(foreign, total)));
        return new Section(id(), c.m().get("section.geography"), List.of(finding),
                List.of(Chart.of("focus_region", Kind.RANKED_BAR, "focus_region", "region", "applications"),
                        Chart.of("provinces", Kind.RANKED_BAR, "provinces", "region", "applications"),
                        Chart.of("countries", Kind.RANKED_BAR, "countries", "country", "applications")),
                List.of(focus.build(), provinces.build(), cities.build(), countries.build()));
    }
}
