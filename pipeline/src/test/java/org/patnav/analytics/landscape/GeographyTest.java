package org.patnav.analytics.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patnav.analytics.landscape.LandscapeFixture.context;
import static org.patnav.analytics.landscape.LandscapeFixture.row;
import static org.patnav.analytics.landscape.LandscapeFixture.table;
import static org.patnav.analytics.landscape.LandscapeFixture.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patnav.report.Section;

/** Geography by the first owner: countries, provinces, cities and the focus region (GB/T 2260 codes). */
class GeographyTest {

    private final List<LandscapeUnit> units = List.of(
            unit("CN-1").owner("ALPHA", "company", "CN", "341602").build(),
            unit("CN-2").owner("ALPHA", "company", "CN", "341602").build(),
            // The first owner decides: the second owner's Shenzhen address does not count.
            unit("CN-3").owner("BETA", "company", "CN", "341621").owner("GAMMA", "company", "CN", "440305").build(),
            // A city-level address: in the province and the city table, not among the focus region's parts.
            unit("CN-4").owner("DELTA", "company", "CN", "340100").build(),
            unit("CN-5").owner("GAMMA", "company", "CN", "440305").build(),
            unit("CN-6").owner("EPSILON", "company", "CN", "110108").build(),
            unit("US-7").owner("ZETA", "company", "US", null).build(),
            // No country known: neither Chinese nor foreign.
            unit("CN-8").owner("ETA", "individual", null, null).build());

    @Test
    void countriesProvincesAndCitiesRankedWithTiesByCode() {
        Section s = new Geography().build(context(units).build());
        assertThat(table(s, "countries").rows()).containsExactly(
                row("CN", 6L, 6.0 / 8),
                row("?", 1L, 1.0 / 8),
                row("US", 1L, 1.0 / 8));
        // Shares of the six Chinese units.
        assertThat(table(s, "provinces").rows()).containsExactly(
                row("340000", "安徽省", 4L, 4.0 / 6),
                row("110000", "北京市", 1L, 1.0 / 6),
                row("440000", "广东省", 1L, 1.0 / 6));
        assertThat(table(s, "cities").rows()).containsExactly(
                row("341600", "亳州市", 3L, 3.0 / 6),
                // A municipality's city level (市辖区) is named by its province.
                row("110100", "北京市市辖区", 1L, 1.0 / 6),
                row("340100", "合肥市", 1L, 1.0 / 6),
                row("440300", "深圳市", 1L, 1.0 / 6));
    }

    @Test
    void aCityFocusRegionListsItsCountiesThenItselfItsProvinceAndTheNation() {
        Section s = new Geography().build(context(units).build());
        assertThat(table(s, "focus_region").rows()).containsExactly(
                row("341602", "谯城区", "county", 2L, 2.0 / 6),
                row("341621", "涡阳县", "county", 1L, 1.0 / 6),
                row("341600", "亳州市", "focus region", 3L, 3.0 / 6),
                row("340000", "安徽省", "province", 4L, 4.0 / 6),
                row("CN", "China", "nation", 6L, 1.0));
    }

    @Test
    void theFindingCountsOnlyKnownForeignOwnersAsForeign() {
        // One US owner of eight units: the unit without a country is not foreign.
        Section s = new Geography().build(context(units).build());
        assertThat(s.findings()).containsExactly("亳州市 holds 3 applications, 75.0% of its province and 50.0% of the"
                + " nation; foreign applicants hold 12.5% of all applications.");
    }

    @Test
    void aCountyFocusRegionHasNoPartsRows() {
        Section s = new Geography().build(context(units).region("341602").lang("zh").build());
        assertThat(table(s, "focus_region").rows()).containsExactly(
                row("341602", "谯城区", "关注地区", 2L, 2.0 / 6),
                row("340000", "安徽省", "所在省份", 4L, 4.0 / 6),
                row("CN", "全国", "全国", 6L, 1.0));
        assertThat(s.findings()).containsExactly("谯城区共有2件申请，占所在省份的50.0%、全国的33.3%；国外申请人占全部申请的12.5%。");
    }

    @Test
    void withoutADivisionTableRegionsAreShownByCode() {
        Section s = new Geography().build(context(units).noDivisions().build());
        assertThat(table(s, "provinces").rows().getFirst()).isEqualTo(row("340000", "340000", 4L, 4.0 / 6));
        assertThat(s.findings().getFirst()).startsWith("341600 holds 3 applications");
    }
}
