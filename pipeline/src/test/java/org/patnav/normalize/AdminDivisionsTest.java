package org.patnav.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.RealData;
import org.patnav.normalize.AdminDivisions.Division;
import org.patnav.normalize.RegionCode.Level;

/**
 * The administrative-division table (行政区划代码, GB/T 2260, as published by the Ministry of Civil
 * Affairs), read from the shared 2023 sample: 2-digit provinces, 4-digit cities and 6-digit
 * counties held as official 6-digit codes.
 */
class AdminDivisionsTest {

    private static AdminDivisions real() {
        return AdminDivisions.load(RealData.path("cn-admin-divisions"));
    }

    @Test
    void shortCodesBecomeSixDigitCodes() {
        assertThat(AdminDivisions.sixDigits("34")).isEqualTo("340000");
        assertThat(AdminDivisions.sixDigits("3416")).isEqualTo("341600");
        assertThat(AdminDivisions.sixDigits("341602")).isEqualTo("341602");
        assertThat(AdminDivisions.sixDigits("\uFEFF11 ")).isEqualTo("110000");
        assertThatThrownBy(() -> AdminDivisions.sixDigits("341"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an administrative-division code: 341");
        // The padded code is a GB/T 2260 code, or the table is not one.
        assertThatThrownBy(() -> AdminDivisions.sixDigits("99"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("990000 is not a GB/T 2260 division code (no province has code 990000)");
    }

    @Test
    void bozhouAndItsCounties() {
        AdminDivisions d = real();
        assertThat(d.get("340000")).contains(new Division("340000", "安徽省", Level.PROVINCE, null));
        assertThat(d.get("341600")).contains(new Division("341600", "亳州市", Level.CITY, "340000"));
        assertThat(d.get("341602")).contains(new Division("341602", "谯城区", Level.COUNTY, "341600"));
        assertThat(d.children("341600")).extracting(Division::code, Division::name)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("341602", "谯城区"),
                        org.assertj.core.groups.Tuple.tuple("341621", "涡阳县"),
                        org.assertj.core.groups.Tuple.tuple("341622", "蒙城县"),
                        org.assertj.core.groups.Tuple.tuple("341623", "利辛县"));
        assertThat(d.get("999999")).isEmpty();
        assertThat(d.children("341602")).isEmpty();
    }

    @Test
    void sizesOfThe2023Table() {
        AdminDivisions d = real();
        assertThat(d.all(Level.PROVINCE)).hasSize(31);
        // cities.csv has 342 rows; areas.csv 2978, of which three repeat a city (below).
        assertThat(d.all(Level.CITY)).hasSize(342);
        assertThat(d.all(Level.COUNTY)).hasSize(2975);
        assertThat(d.size()).isEqualTo(3348);
    }

    @Test
    void citiesWithoutCountiesStayCities() {
        // areas.csv lists 东莞市, 中山市 and 儋州市 again as their own "area" under the same code.
        AdminDivisions d = real();
        assertThat(d.get("441900")).contains(new Division("441900", "东莞市", Level.CITY, "440000"));
        assertThat(d.get("442000")).contains(new Division("442000", "中山市", Level.CITY, "440000"));
        assertThat(d.get("460400")).contains(new Division("460400", "儋州市", Level.CITY, "460000"));
        assertThat(d.children("441900")).isEmpty();
    }

    @Test
    void loadsFromAnyFileSource() {
        Map<String, String> files = Map.of(
                "provinces.csv", "code,name\n34,\"安徽省\"\n",
                "cities.csv", "code,name,provinceCode\n3416,\"亳州市\",34\n",
                "areas.csv", "code,name,cityCode,provinceCode\n341602,\"谯城区\",3416,34\n");
        AdminDivisions d = AdminDivisions.load(name -> {
            String text = files.get(name);
            if (text == null) {
                throw new FileNotFoundException(name);
            }
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        });
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.get("341602").map(Division::parentCode)).contains("341600");
    }

    @Test
    void anIncompleteDirectoryIsAnError(@TempDir Path empty) {
        assertThatThrownBy(() -> AdminDivisions.load(empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("provinces.csv is missing");
    }
}
