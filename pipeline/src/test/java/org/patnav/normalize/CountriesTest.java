package org.patnav.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Country names to ISO 3166-1 alpha-2 codes. Hong Kong, Macao and Taiwan keep their own codes
 * (HK, MO, TW), as CNIPA's statistics count them apart from the 31 provinces.
 */
class CountriesTest {

    private final Countries countries = Countries.defaults();

    @Test
    void countryAtTheStartOfAnAddress() {
        assertThat(countries.countryAtStartOf("日本国东京都港区港南1-7-1")).contains("JP");
        assertThat(countries.countryAtStartOf("日本东京都")).contains("JP");
        assertThat(countries.countryAtStartOf("美国加利福尼亚州库比蒂诺")).contains("US");
        assertThat(countries.countryAtStartOf("大韩民国首尔")).contains("KR");
        assertThat(countries.countryAtStartOf("德国慕尼黑")).contains("DE");
        assertThat(countries.countryAtStartOf("香港九龙尖沙咀")).contains("HK");
        assertThat(countries.countryAtStartOf("香港特别行政区九龙")).contains("HK");
        // 中国香港 is Hong Kong before 中国 is China: longest names first.
        assertThat(countries.countryAtStartOf("中国香港九龙")).contains("HK");
        assertThat(countries.countryAtStartOf("中国台湾省台北市")).contains("TW");
        assertThat(countries.countryAtStartOf("澳门特别行政区")).contains("MO");
        assertThat(countries.countryAtStartOf("中华人民共和国北京市")).contains("CN");
        assertThat(countries.countryAtStartOf("  100080 Japan, Tokyo")).contains("JP");
        assertThat(countries.countryAtStartOf("安徽省亳州市")).isEmpty();
        assertThat(countries.countryAtStartOf("Tokyo")).isEmpty();
        assertThat(countries.countryAtStartOf(null)).isEmpty();
    }

    @Test
    void wholeNamesAndCodes() {
        assertThat(countries.codeOf("JP")).contains("JP");
        assertThat(countries.codeOf("jp")).contains("JP");
        assertThat(countries.codeOf("Japan")).contains("JP");
        assertThat(countries.codeOf("日本")).contains("JP");
        assertThat(countries.codeOf("United States")).contains("US");
        assertThat(countries.codeOf("USA")).contains("US");
        assertThat(countries.codeOf("Hong Kong")).contains("HK");
        assertThat(countries.codeOf("ＣＮ")).contains("CN");
        assertThat(countries.codeOf("Atlantis")).isEmpty();
        assertThat(countries.codeOf(" ")).isEmpty();
        assertThat(countries.codeOf(null)).isEmpty();
    }
}
