package org.patnav.jobs.indicators;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.analytics.indicators.Indicator;
import org.patnav.analytics.indicators.Population;
import org.patnav.jobs.SampleWarehouse;
import org.patnav.jobs.SharedSpark;
import org.patnav.jobs.spark.Progress;
import org.patnav.normalize.AdminDivisions;

/**
 * The indicators of the sample warehouse for Bozhou as of a fixed date, with the hand-written inputs of
 * data-samples/indicators: every figure of every region and year-end is pinned in a golden file
 * ({@code -Dpatnav.updateGolden=true} rewrites it after a change is checked), and the numbers are
 * checked against each other and against the criteria of the patents behind them.
 */
class IndicatorsJobTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final Path GOLDEN = Path.of("src/test/resources/org/patnav/jobs/indicators/indicators-2026-11-24.csv");
    private static final Path INPUTS = SampleWarehouse.DATA_SAMPLES.resolve("indicators");
    private static final List<String> COUNTIES = List.of("341602", "341621", "341622", "341623");

    @TempDir
    static Path tmp;
    static IndicatorsJob.Result written;
    static Path out;

    static IndicatorsJob.Options options() {
        return new IndicatorsJob.Options(SampleWarehouse.get().warehouse.toString(), AS_OF, "341600", 2020,
                INPUTS.resolve("population.csv"), INPUTS.resolve("targets.csv"), INPUTS.resolve("inputs.csv"),
                INPUTS.resolve("pledges.csv"), INPUTS.resolve("open-licences.csv"), INPUTS.resolve("awards.csv"),
                null, null, null, AdminDivisions.load(SampleWarehouse.DATA_SAMPLES.resolve("divisions")),
                INPUTS.resolve("term-extensions.csv"));
    }

    @BeforeAll
    static void run() throws IOException {
        out = tmp.resolve("indicators");
        written = new IndicatorsJob(SharedSpark.get(), options(), Progress.SILENT).run(out, "zh");
    }

    private static BigDecimal value(Indicator i, String region, LocalDate date) {
        return written.figures().figure(i, region, date).value();
    }

    @Test
    void everyFigureMatchesItsGoldenFile() throws IOException {
        String actual = Files.readString(out.resolve("data/indicators.csv"), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("patnav.updateGolden")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void theRegionsAreTheNationTheProvinceTheCityAndItsFourCounties() {
        assertThat(written.figures().regions()).extracting(IndicatorsJob.Region::code)
                .containsExactly("CN", "340000", "341600", "341602", "341621", "341622", "341623");
        assertThat(written.figures().regions()).extracting(IndicatorsJob.Region::name)
                .containsExactly(null, "安徽省", "亳州市", "谯城区", "涡阳县", "蒙城县", "利辛县");
        assertThat(written.figures().dates()).hasSize(7).endsWith(AS_OF).startsWith(LocalDate.of(2020, 12, 31));
    }

    @Test
    void theCountiesAddUpToTheCityAndTheCityIsWithinTheProvinceAndTheNation() {
        for (LocalDate d : written.figures().dates()) {
            for (Indicator i : List.of(Indicator.VALID_INVENTION_PATENTS, Indicator.HIGH_VALUE_INVENTION_PATENTS,
                    Indicator.VALID_TRADEMARKS, Indicator.OPEN_LICENCES)) {
                BigDecimal counties = COUNTIES.stream().map(c -> value(i, c, d)).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(counties).as(i + " on " + d).isEqualByComparingTo(value(i, "341600", d));
                assertThat(value(i, "341600", d)).isLessThanOrEqualTo(value(i, "340000", d));
                assertThat(value(i, "340000", d)).isLessThanOrEqualTo(value(i, "CN", d));
            }
            assertThat(value(Indicator.HIGH_VALUE_INVENTION_PATENTS, "CN", d))
                    .isLessThanOrEqualTo(value(Indicator.VALID_INVENTION_PATENTS, "CN", d));
        }
    }

    @Test
    void perTenThousandIsTheHighValueCountOverThePopulationInTenThousands() {
        long highValue = value(Indicator.HIGH_VALUE_INVENTION_PATENTS, "341600", AS_OF).longValueExact();
        assertThat(value(Indicator.HIGH_VALUE_PER_10K, "341600", AS_OF))
                .isEqualTo(Population.perTenThousand(highValue, 4_996_844L));
        assertThat(written.figures().figure(Indicator.HIGH_VALUE_PER_10K, "341600", AS_OF).note())
                .contains("4996844").contains("SAMPLE VALUE");
    }

    @Test
    void thePledgeOnlyAndAwardOnlyPatentsAreHighValueFromTheirDates() throws IOException {
        // The judged patents of every date, read while the job holds them.
        Map<String, List<String>> criteria = new IndicatorsJob(SharedSpark.get(), options(), Progress.SILENT).judged((f, patents) -> {
            Map<String, List<String>> out = new HashMap<>();
            for (Row r : patents.filter(col("pub_id").isin("CN-110815608-B", "CN-114092773-B"))
                    .select("pub_id", "date", "criteria").collectAsList()) {
                assertThat(out.put(r.getString(0) + " " + r.getLocalDate(1), r.getList(2))).as("one row per patent and date").isNull();
            }
            return out;
        });
        assertThat(criteria).containsEntry("CN-110815608-B 2024-12-31", List.of())
                .containsEntry("CN-110815608-B " + AS_OF, List.of("pledge_financing"))
                .containsEntry("CN-114092773-B 2023-12-31", List.of())
                .containsEntry("CN-114092773-B " + AS_OF, List.of("award"));
    }

    @Test
    void pledgeFinancingIsTheYearsRegistrationsInHundredMillionYuan() {
        // 2026: 2,000 + 450 (10,000 yuan) in Bozhou; the Hefei contract names no patent the warehouse holds.
        assertThat(value(Indicator.PLEDGE_FINANCING, "341600", AS_OF)).isEqualByComparingTo("0.25");
        assertThat(value(Indicator.PLEDGE_FINANCING, "CN", AS_OF)).isEqualByComparingTo("0.26");
        // 2025: 1,500 + 300 + 1,200
        assertThat(value(Indicator.PLEDGE_FINANCING, "341600", LocalDate.of(2025, 12, 31))).isEqualByComparingTo("0.30");
        // CN113231808B changed hands in 2023 and its CNIPA row names the new owner without an address: its open
        // licence counts in the nation only.
        assertThat(written.figures().registers().unplaced(AS_OF)).containsExactly(
                "pledge Y2026980002377: no region_code, and ZL202299999999.0 is not in the warehouse with an owner's division",
                "open licence CN113231808B: no region_code, and the patent is not in the warehouse with an owner's division");
    }

    @Test
    void openLicencesCountWhileInForce() {
        // CN113231808B's is not placed in Bozhou (see the pledge test above).
        assertThat(value(Indicator.OPEN_LICENCES, "341600", LocalDate.of(2024, 12, 31))).isEqualByComparingTo("3");
        // CN117989826B was sold on to a Chengdu company in 2026 (its incoPat row gives the buyer's address).
        assertThat(value(Indicator.OPEN_LICENCES, "341600", AS_OF))
                .as("one withdrawn in 2025, two declared since, one of them now owned outside the city").isEqualByComparingTo("3");
    }

    @Test
    void progressAgainstThePlansTargets() {
        List<IndicatorsJob.Progressed> p = written.figures().progress();
        assertThat(p).extracting(x -> x.target().indicator().id()).containsExactly("high_value_per_10k", "valid_trademarks",
                "pledge_financing", "open_licences", "ip_advantage_enterprises", "ip_standard_enterprises", "info_service_points");
        IndicatorsJob.Progressed enterprises = p.get(4);
        assertThat(enterprises.progress().value()).isEqualByComparingTo("33");
        assertThat(enterprises.progress().onTrack()).isTrue();
        assertThat(p.get(2).progress().onTrack()).isFalse();
    }

    @Test
    void theFolderHoldsTheDashboardWorkbookTablesAndPatentList() throws IOException {
        assertThat(written.files()).contains("patents.csv", "report.html", "report.xlsx", "data/indicators.csv", "report.json");
        List<String> patents = Files.readAllLines(out.resolve("patents.csv"), StandardCharsets.UTF_8);
        assertThat(patents).hasSize(value(Indicator.VALID_INVENTION_PATENTS, "341600", AS_OF).intValueExact() + 1);
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("每万人口高价值发明专利拥有量").contains("样例数值").doesNotContain("<script src=\"http");
    }

    @Test
    void explainListsThePatentsBehindACountysNumber() throws IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(SharedSpark.get().sparkContext());
        Set<Integer> cached = Set.copyOf(sc.getPersistentRDDs().keySet());
        List<String> lines = IndicatorExplain.explain(SharedSpark.get(), options(), Indicator.HIGH_VALUE_INVENTION_PATENTS, "341622");
        // The judged patents and candidates were unpersisted before it returned.
        assertThat(sc.getPersistentRDDs().keySet()).isEqualTo(cached);
        BigDecimal n = value(Indicator.HIGH_VALUE_INVENTION_PATENTS, "341622", AS_OF);
        assertThat(lines.getFirst()).isEqualTo("high_value_invention_patents 341622 on 2026-11-24: " + n.toPlainString() + " (computed)");
        assertThat(lines).hasSize(n.intValueExact() + 1);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.contains("341622") && l.contains("criteria: "));
    }

    @Test
    void explainWithoutTheRegistersUsesTheOnesTheRunRecorded() throws IOException {
        // Named only the warehouse and a run folder, explain takes the run's registers, rules and as-of date.
        IndicatorsJob.Options bare = new IndicatorsJob.Options(SampleWarehouse.get().warehouse.toString(), AS_OF.plusYears(1),
                "341622", 2020, null, null, null, null, null, null, null, null, null, options().divisions(), null);
        RecordedInputs.Aligned aligned = RecordedInputs.align(bare, false, out);
        assertThat(aligned.options().pledges()).isEqualTo(options().pledges());
        assertThat(aligned.options().openLicences()).isEqualTo(options().openLicences());
        assertThat(aligned.options().awards()).isEqualTo(options().awards());
        assertThat(aligned.options().population()).isEqualTo(options().population());
        assertThat(aligned.options().rules()).isNull();
        assertThat(aligned.options().asOf()).isEqualTo(AS_OF);
        assertThat(aligned.lines().get(1)).startsWith("the inputs of the run in " + out);
        List<String> lines = IndicatorExplain.explain(SharedSpark.get(), aligned.options(), Indicator.HIGH_VALUE_INVENTION_PATENTS,
                "341622");
        assertThat(lines.getFirst()).endsWith(": " + value(Indicator.HIGH_VALUE_INVENTION_PATENTS, "341622", AS_OF).toPlainString()
                + " (computed)");
    }

    @Test
    void explainWithOtherInputsThanTheRunSaysWhichDiffer() throws IOException {
        IndicatorsJob.Options other = new IndicatorsJob.Options(SampleWarehouse.get().warehouse.toString(), AS_OF, "341622", 2020,
                null, null, null, INPUTS.resolve("awards.csv"), null, null, null, null, null, options().divisions(), null);
        RecordedInputs.Aligned aligned = RecordedInputs.align(other, true, out);
        assertThat(aligned.lines().get(1)).startsWith("differs from the run in " + out + ": pledges (run: "
                + INPUTS.resolve("pledges.csv") + "; here: " + INPUTS.resolve("awards.csv") + ")");
        RecordedInputs.Aligned none = RecordedInputs.align(other, true, null);
        assertThat(none.options()).isEqualTo(other);
        assertThat(none.lines().get(1)).startsWith("no run named");
    }
}
