package org.patnav.analytics.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.normalize.Parsed;

/** The bureau's files: registers, inputs and targets read exactly, and a bad line stops the run naming it. */
class IndicatorInputsTest {

    @TempDir
    Path tmp;

    private Path file(String text) throws IOException {
        Path f = tmp.resolve("f.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void patentNumbersBecomeWarehouseIds() {
        assertThat(PatentRef.parse("ZL201816593430.5").orNull()).isEqualTo(new PatentRef("CN-201816593430", false, "ZL201816593430.5"));
        assertThat(PatentRef.parse("201816593430").orNull().key()).isEqualTo("CN-201816593430");
        assertThat(PatentRef.parse("CN105094979B").orNull()).isEqualTo(new PatentRef("CN-105094979-B", true, "CN105094979B"));
        assertThat(PatentRef.parse("ZL201816593430.4")).isInstanceOf(Parsed.Invalid.class);
        assertThat(PatentRef.parse("CN105094979")).as("a publication number needs its kind").isInstanceOf(Parsed.Invalid.class);
    }

    @Test
    void aPledgeContractCarriesEveryPatentAndItsAmountInYuan() throws IOException {
        PledgeRegister r = PledgeRegister.read(file("registration_no,registration_date,patent_numbers,pledgor,pledgee,amount_10k_yuan\n"
                + "Y2025980003157,2025-03-11,CN107033833B；CN103566612B,锐进,中国银行,1500\n"));
        PledgeRegister.Contract c = r.contracts().getFirst();
        assertThat(c.patents()).extracting(PatentRef::key).containsExactly("CN-107033833-B", "CN-103566612-B");
        assertThat(c.amountYuan()).isEqualByComparingTo("15000000");
        assertThat(c.regionCode()).isNull();
    }

    @Test
    void badRegisterLinesNameTheirLine() throws IOException {
        String header = "registration_no,registration_date,patent_numbers,pledgor,pledgee,amount_10k_yuan\n";
        assertThatThrownBy(() -> PledgeRegister.read(file(header + "Y1,2025-03-11,CN107033833B,a,b,-5\n")))
                .hasMessageContaining("line 2").hasMessageContaining("positive");
        assertThatThrownBy(() -> PledgeRegister.read(file(header + "Y1,2025/03/11,CN107033833B,a,b,5\n")))
                .hasMessageContaining("line 2").hasMessageContaining("not a date");
        assertThatThrownBy(() -> PledgeRegister.read(file(header + "Y1,2025-03-11,US1234,a,b,5\n")))
                .hasMessageContaining("line 2").hasMessageContaining("'US1234'");
        // A region_code places the line in a division: it must be one (GB/T 2260), not a prefix of one.
        assertThatThrownBy(() -> PledgeRegister.read(file(header.strip() + ",region_code\nY1,2025-03-11,CN107033833B,a,b,5,3416\n")))
                .hasMessage(tmp.resolve("f.csv") + " line 2: region_code 3416 is not a GB/T 2260 division code (six digits:"
                        + " two for the province, two for the city, two for the county)");
        assertThatThrownBy(() -> OpenLicenceRegister.read(file("patent_number,declared_date,region_code\nCN109530524B,2023-11-02,990000\n")))
                .hasMessageContaining("line 2: region_code 990000 is not a GB/T 2260 division code");
    }

    @Test
    void anOpenLicenceCountsWhileItsDeclarationIsInForce() throws IOException {
        OpenLicenceRegister r = OpenLicenceRegister.read(file("patent_number,declared_date,withdrawn_date\n"
                + "CN109530524B,2023-11-02,2025-06-30\n"));
        OpenLicenceRegister.Declaration d = r.declarations().getFirst();
        assertThat(d.inForce(LocalDate.of(2023, 11, 1))).isFalse();
        assertThat(d.inForce(LocalDate.of(2023, 11, 2))).isTrue();
        assertThat(d.inForce(LocalDate.of(2025, 6, 29))).isTrue();
        assertThat(d.inForce(LocalDate.of(2025, 6, 30))).isFalse();
    }

    @Test
    void inputsAreOnlyForTheIndicatorsNoDataSupports() throws IOException {
        IndicatorInputs in = IndicatorInputs.read(file("indicator,region_code,year,value,source\n"
                + "ip_standard_enterprises,341600,2025,57,局方统计\n"));
        assertThat(in.values().getFirst().value()).isEqualByComparingTo("57");
        assertThatThrownBy(() -> IndicatorInputs.read(file("indicator,region_code,year,value,source\n"
                + "high_value_per_10k,341600,2025,2.1,x\n"))).hasMessageContaining("computed from the data");
    }

    @Test
    void targetsTakeTheDashAsNoBaseline() throws IOException {
        Target t = Target.read(file("indicator,region_code,baseline_year,baseline,target_year,target,source\n"
                + "open_licences,341600,2020,–,2025,200,plan\n")).getFirst();
        assertThat(t.baseline()).isNull();
        assertThat(t.target()).isEqualByComparingTo("200");
        assertThatThrownBy(() -> Target.read(file("indicator,region_code,baseline_year,baseline,target_year,target,source\n"
                + "open_licences,341600,2025,0,2020,200,plan\n"))).hasMessageContaining("not after");
    }
}
