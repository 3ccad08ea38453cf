package org.patnav.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patnav.normalize.RegionCode.Level;

/**
 * The division codes of GB/T 2260 (中华人民共和国行政区划代码, as the Ministry of Civil Affairs publishes them at
 * https://www.mca.gov.cn/mzsj/xzqh/): two digits each for the province, the prefecture-level city and the
 * county, zeros below a division's level. The examples are codes of the ministry's table (the 2023 table in
 * the shared real data holds each of them).
 */
class RegionCodeTest {

    private static RegionCode code(String text) {
        return RegionCode.parse(text);
    }

    private static List<String> lineage(String text) {
        return code(text).lineage().stream().map(RegionCode::code).toList();
    }

    @Test
    void theZeroPairsSayTheLevel() {
        // 安徽省 340000, 亳州市 341600, 谯城区 341602, 涡阳县 341621.
        assertThat(code("340000").level()).isEqualTo(Level.PROVINCE);
        assertThat(code("341600").level()).isEqualTo(Level.CITY);
        assertThat(code("341602").level()).isEqualTo(Level.COUNTY);
        assertThat(code("341621").level()).isEqualTo(Level.COUNTY);
        assertThat(List.of(Level.values())).extracting(Level::digits).containsExactly(2, 4, 6);
    }

    @Test
    void bozhouAndItsDistrictAndCounty() {
        RegionCode bozhou = code("341600");
        assertThat(bozhou.prefix()).isEqualTo("3416");
        assertThat(bozhou.province()).isEqualTo(code("340000"));
        assertThat(bozhou.city()).contains(bozhou);
        assertThat(bozhou.parent()).contains(code("340000"));
        assertThat(lineage("341600")).containsExactly("340000", "341600");
        for (String county : List.of("341602", "341621")) {
            RegionCode c = code(county);
            assertThat(c.prefix()).isEqualTo(county);
            assertThat(c.city()).contains(bozhou);
            assertThat(c.parent()).contains(bozhou);
            assertThat(c.province()).isEqualTo(code("340000"));
            assertThat(lineage(county)).containsExactly("340000", "341600", county);
            assertThat(bozhou.contains(c)).isTrue();
            assertThat(c.contains(bozhou)).isFalse();
        }
        assertThat(code("341602").contains(code("341621"))).isFalse();
        // 宣城市 341800 is a neighbouring city of the same province.
        assertThat(bozhou.contains(code("341800"))).isFalse();
        assertThat(code("340000").contains(code("341800"))).isTrue();
        assertThat(bozhou.contains(bozhou)).isTrue();
        // A code's text is tested the same way, as the landscape tests owners' codes against the focus region.
        assertThat(bozhou.contains("341621")).isTrue();
        assertThat(bozhou.contains("341800")).isFalse();
        assertThat(bozhou.contains("341")).as("shorter than the prefix").isFalse();
        assertThat(bozhou.contains((String) null)).isFalse();
    }

    @Test
    void aCodeParsedAgainIsTheSameAndABadOneStaysBad() {
        assertThat(RegionCode.parse("341621")).isSameAs(RegionCode.parse("341621"));
        for (int round = 0; round < 2; round++) {
            assertThat(RegionCode.isValid("990000")).isFalse();
            assertThat(RegionCode.isValid(null)).isFalse();
            assertThatThrownBy(() -> RegionCode.parse("990000")).hasMessageContaining("no province has code 990000");
            assertThatThrownBy(() -> RegionCode.parse(null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aProvinceIsItsOwnLineage() {
        RegionCode anhui = code("340000");
        assertThat(anhui.prefix()).isEqualTo("34");
        assertThat(anhui.province()).isEqualTo(anhui);
        assertThat(anhui.city()).isEmpty();
        assertThat(anhui.parent()).isEmpty();
        assertThat(lineage("340000")).containsExactly("340000");
    }

    @Test
    void aMunicipalityHasTheCityLevelOfItsDistricts() {
        // 北京市 110000; 市辖区 110100 (the city level of a municipality); 东城区 110101 a district under it.
        assertThat(code("110000").level()).isEqualTo(Level.PROVINCE);
        assertThat(code("110100").level()).isEqualTo(Level.CITY);
        assertThat(code("110100").parent()).contains(code("110000"));
        assertThat(code("110101").level()).isEqualTo(Level.COUNTY);
        assertThat(code("110101").city()).contains(code("110100"));
        assertThat(lineage("110101")).containsExactly("110000", "110100", "110101");
        assertThat(code("110000").contains(code("110101"))).isTrue();
        assertThat(code("110100").prefix()).isEqualTo("1101");
        // 重庆市 has a second city level, 县 500200, for its counties (城口县 500229).
        assertThat(lineage("500229")).containsExactly("500000", "500200", "500229");
    }

    @Test
    void countyLevelCitiesAreCounties() {
        // 广德市 341882, a county-level city in 宣城市 341800; 仙桃市 429004, governed by 湖北省 directly, under
        // the grouping 省直辖县级行政区划 429000 of the city level.
        assertThat(code("341882").level()).isEqualTo(Level.COUNTY);
        assertThat(code("341882").city()).contains(code("341800"));
        assertThat(code("429004").level()).isEqualTo(Level.COUNTY);
        assertThat(lineage("429004")).containsExactly("420000", "429000", "429004");
        // 东莞市 441900: a prefecture-level city with no counties.
        assertThat(code("441900").level()).isEqualTo(Level.CITY);
    }

    @Test
    void invalidCodesAreRejectedWithTheReason() {
        for (String shape : new String[] {"3416", "34160", "3416000", "34160a", " 341600", "３４１６００", ""}) {
            assertThat(RegionCode.isValid(shape)).as(shape).isFalse();
            assertThatThrownBy(() -> RegionCode.parse(shape)).as(shape).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(shape + " is not a GB/T 2260 division code (six digits: two for the province, two for the"
                            + " city, two for the county)");
        }
        assertThat(RegionCode.isValid(null)).isFalse();
        assertThatThrownBy(() -> RegionCode.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("null is not a GB/T 2260 division code");
        // No province is numbered 99, 20 or 72; 71 台湾, 81 香港 and 82 澳门 are.
        assertThatThrownBy(() -> RegionCode.parse("999999"))
                .hasMessage("999999 is not a GB/T 2260 division code (no province has code 990000)");
        assertThat(RegionCode.isValid("200000")).isFalse();
        assertThat(RegionCode.isValid("720000")).isFalse();
        assertThat(RegionCode.isValid("710000")).isTrue();
        assertThat(RegionCode.isValid("810000")).isTrue();
        assertThat(RegionCode.isValid("820000")).isTrue();
        assertThat(RegionCode.isValid("650000")).isTrue();
        // A county code always names its city: 340016 would be a county directly in the province's 00 city.
        assertThatThrownBy(() -> RegionCode.parse("340016"))
                .hasMessage("340016 is not a GB/T 2260 division code (a county lies in a city: its middle digits cannot be 00)");
    }
}
