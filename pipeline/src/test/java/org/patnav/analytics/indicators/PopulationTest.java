package org.patnav.analytics.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationTest {

    @TempDir
    Path tmp;

    @Test
    void perTenThousandIsRoundedHalfUpToTwoDecimalsAsTheBureauReports() {
        // By hand: 1,234 / (4,996,844 / 10,000) = 1,234 / 499.6844 = 2.46956... -> 2.47
        assertThat(Population.perTenThousand(1_234, 4_996_844)).hasToString("2.47");
        // 0.745 exactly rounds up: 149 / (2,000,000 / 10,000) = 149 / 200 = 0.745 -> 0.75
        assertThat(Population.perTenThousand(149, 2_000_000)).hasToString("0.75");
        assertThat(Population.perTenThousand(0, 1_000_000)).hasToString("0.00");
    }

    @Test
    void aYearWithoutAFigureTakesTheLatestEarlierOne() throws IOException {
        Path file = tmp.resolve("p.csv");
        Files.writeString(file, "\uFEFFregion_code,region_name,year,population,source,sample\n"
                + "341600,亳州市,2020,\"4,996,844\",census,true\n341600,亳州市,2023,4980000,yearbook,false\n", StandardCharsets.UTF_8);
        Population p = Population.read(file);
        assertThat(p.of("341600", 2022).orElseThrow().population()).isEqualTo(4_996_844L);
        assertThat(p.of("341600", 2026).orElseThrow().year()).isEqualTo(2023);
        assertThat(p.of("341600", 2019).orElseThrow().year()).as("before the first figure: the first").isEqualTo(2020);
        assertThat(p.of("341600", 2020).orElseThrow().sample()).isTrue();
        assertThat(p.of("341602", 2020)).isEmpty();
    }

    @Test
    void aBadFigureNamesItsLine() throws IOException {
        Path file = tmp.resolve("p.csv");
        Files.writeString(file, "region_code,region_name,year,population,source\n341600,亳州市,2020,about 5m,x\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Population.read(file)).hasMessageContaining("line 2").hasMessageContaining("about 5m");
        Files.writeString(file, "region_code,year,population\n341600,2020,1\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Population.read(file)).hasMessageContaining("[region_name, source]");
    }
}
