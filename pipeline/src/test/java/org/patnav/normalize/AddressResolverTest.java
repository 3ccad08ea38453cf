package org.patnav.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.patnav.RealData;
import org.patnav.normalize.AdminDivisions.Division;

/** Addresses to division codes (GB/T 2260) on the real 2023 table. */
class AddressResolverTest {

    private static AddressResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new AddressResolver(AdminDivisions.load(RealData.path("cn-admin-divisions")));
    }

    private static Optional<String> code(String address) {
        return resolver.resolve(address).map(Division::code);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "亳州市                                  | 341600",
        "安徽省亳州市谯城区魏武大道1号               | 341602",
        // Short names (the name without 省/市/县) and no separators.
        "安徽亳州涡阳县城关镇                       | 341621",
        "安徽省亳州市蒙城县                         | 341622",
        "安徽省亳州市利辛县人民路                    | 341623",
        // A postcode, spaces and the country before the address.
        "236800 安徽省亳州市利辛县人民路              | 341623",
        "中国安徽省亳州市谯城区                      | 341602",
        "中华人民共和国北京市海淀区                   | 110108",
        // Municipal districts sit under a 市辖区 pseudo-city the address never names.
        "北京市海淀区中关村大街1号                   | 110108",
        "北京海淀区                                | 110108",
        "北京市朝阳区建国路                          | 110105",
        "上海市浦东新区                             | 310115",
        // Without a province: names unique in the country.
        "亳州市谯城区魏武大道1号                     | 341602",
        "涡阳县城关镇                               | 341621",
        // A city level skipped.
        "安徽省涡阳县城关镇                          | 341621",
        "湖北省仙桃市                               | 429004",
        // Autonomous regions with long suffixes.
        "新疆维吾尔自治区乌鲁木齐市天山区              | 650102",
        "广西壮族自治区南宁市青秀区                   | 450103",
        "吉林省吉林市昌邑区                          | 220202",
        "辽宁省朝阳市朝阳县                          | 211321",
        // Cities without counties.
        "广东省东莞市松山湖                          | 441900",
        "东莞市长安镇                               | 441900",
        "海南省儋州市那大镇                          | 460400",
        // A province only, a province and a city.
        "安徽省                                    | 340000",
        "安徽省合肥市蜀山区                          | 340104",
        "安徽省某某路1号                             | 340000",
    })
    void resolves(String address, String code) {
        assertThat(code(address)).contains(code);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        // 朝阳区 exists in Beijing and Changchun, and 朝阳 is also a city in Liaoning.
        "朝阳区", "朝阳区建国路88号",
        "日本国东京都港区港南1-7-1", "美国加利福尼亚州库比蒂诺", "香港九龙尖沙咀", "Tokyo, JP", "  ",
    })
    void resolvesNothing(String address) {
        assertThat(code(address)).isEmpty();
    }

    @Test
    void nullResolvesNothing() {
        assertThat(resolver.resolve(null)).isEmpty();
    }

    @Test
    void citiesWithoutCountiesDoNotHang() {
        // A hang guard, not a speed claim: the bug this pins looped forever.
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            assertThat(code("广东省东莞市")).contains("441900");
            assertThat(code("广东省中山市石岐区")).contains("442000");
        });
    }

    @Test
    void shortNamesKeepAtLeastTwoCharacters() {
        assertThat(AddressResolver.shortName("安徽省")).isEqualTo("安徽");
        assertThat(AddressResolver.shortName("新疆维吾尔自治区")).isEqualTo("新疆");
        assertThat(AddressResolver.shortName("涡阳县")).isEqualTo("涡阳");
        // 沙县 without 县 would be one character; 市辖区 is no place name.
        assertThat(AddressResolver.shortName("沙县")).isNull();
        assertThat(AddressResolver.shortName("市辖区")).isNull();
    }
}
