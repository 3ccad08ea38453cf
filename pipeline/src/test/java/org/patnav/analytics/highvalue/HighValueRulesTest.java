package org.patnav.analytics.highvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HighValueRulesTest {

    @TempDir
    Path tmp;

    @Test
    void theShippedRulesAreCnipasFiveCriteriaWithTheBureausDefaults() {
        HighValueRules r = HighValueRules.defaults(LocalDate.of(2026, 11, 24));
        assertThat(r.criteria()).containsExactlyInAnyOrder(HighValueCriterion.values());
        assertThat(r.maintainedYears()).isEqualTo(10);
        assertThat(r.pledgeThresholdYuan()).isEqualByComparingTo(new BigDecimal("10000000"));
        assertThat(r.officesNotAbroad()).containsExactlyInAnyOrder("CN", "WO");
        assertThat(r.domesticExcludes()).containsExactlyInAnyOrder("HK", "MO", "TW");
        assertThat(r.regionBy()).isEqualTo(HighValueRules.RegionRule.FIRST_OWNER);
        assertThat(HighValueRules.defaults(LocalDate.of(2020, 12, 31)))
                .as("the plan's 2020 baseline is computed by the first rules").isEqualTo(r);
    }

    @Test
    void theRowInForceOnTheDateApplies() throws IOException {
        Path file = rules("pledge_threshold\t20000000\t2025-01-01\tx\n");
        assertThat(HighValueRules.read(file, LocalDate.of(2024, 12, 31)).pledgeThresholdYuan()).isEqualByComparingTo("10000000");
        assertThat(HighValueRules.read(file, LocalDate.of(2025, 1, 1)).pledgeThresholdYuan()).isEqualByComparingTo("20000000");
    }

    @Test
    void unknownRulesAndValuesNameTheirLine() throws IOException {
        assertThatThrownBy(() -> HighValueRules.read(rules("pledge_limit\t1\t2021-03-12\tx\n"), LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("unknown rule 'pledge_limit'");
        Path badCriterion = tmp.resolve("c.tsv");
        Files.writeString(badCriterion, base().replace("sei_industry,", "sei,"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> HighValueRules.read(badCriterion, LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("line 1").hasMessageContaining("unknown high-value criterion 'sei'");
        Path badRegion = tmp.resolve("r.tsv");
        Files.writeString(badRegion, base().replace("first_owner", "applicant"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> HighValueRules.read(badRegion, LocalDate.of(2026, 1, 1))).hasMessageContaining("region_by");
    }

    @Test
    void rulesReadOnTheDriverTravelToSparkTasksAsAValue() throws IOException, ClassNotFoundException {
        // A task never opens the --high-value-rules path (it may not exist where the task runs): it gets this copy.
        Path file = rules("pledge_threshold\t20000000\t2025-01-01\tx\n");
        HighValueRules onDriver = HighValueRules.read(file, LocalDate.of(2025, 6, 30));
        Files.delete(file);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(onDriver);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            HighValueRules inTask = (HighValueRules) in.readObject();
            assertThat(inTask).isEqualTo(onDriver).isNotSameAs(onDriver);
            assertThat(inTask.pledgeThresholdYuan()).isEqualByComparingTo("20000000");
            assertThat(inTask.criteria()).containsExactlyInAnyOrder(HighValueCriterion.SEI_INDUSTRY, HighValueCriterion.AWARD);
        }
    }

    private Path rules(String extra) throws IOException {
        Path file = tmp.resolve("rules.tsv");
        Files.writeString(file, base() + extra, StandardCharsets.UTF_8);
        return file;
    }

    private static String base() {
        return "criteria\tsei_industry,award\t2021-03-12\tx\n"
                + "maintained_years\t10\t2021-03-12\tx\n"
                + "pledge_threshold\t10000000\t2021-03-12\tx\n"
                + "offices_not_abroad\tCN,WO\t2021-03-12\tx\n"
                + "domestic_excludes\tHK,MO,TW\t2021-03-12\tx\n"
                + "region_by\tfirst_owner\t2021-03-12\tx\n";
    }
}
