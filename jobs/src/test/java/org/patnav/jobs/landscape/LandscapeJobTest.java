package org.patnav.jobs.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.patnav.analytics.IpcTitles;
import org.patnav.analytics.indicators.OpenLicenceRegister;
import org.patnav.analytics.indicators.PledgeRegister;
import org.patnav.analytics.landscape.LandscapeUnit;
import org.patnav.jobs.SampleWarehouse;
import org.patnav.jobs.SharedSpark;
import org.patnav.jobs.spark.Progress;
import org.patnav.normalize.AdminDivisions;
import org.patnav.report.Kpi;
import org.patnav.report.Report;
import org.patnav.report.Table;

/**
 * The landscape of each shipped sector over the sample warehouse, as of a fixed date: every KPI,
 * every row of every table and all the report's wording (titles, findings, labels, notes, methods)
 * are pinned in a golden digest per sector and language.
 */
class LandscapeJobTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final Path GOLDEN = Path.of("src/test/resources/org/patnav/jobs/landscape");

    static Report run(String sector, String lang, List<String> companies) throws IOException {
        SampleWarehouse w = SampleWarehouse.get();
        LandscapeJob.Options options = new LandscapeJob.Options(w.warehouse.toString(), sector, lang, "341600",
                companies, AS_OF, null, null, LandscapeUnit.Unit.APPLICATION,
                AdminDivisions.load(SampleWarehouse.DATA_SAMPLES.resolve("divisions")), IpcTitles.bundled(),
                // The bureau's registers, as the demo gives them: their pledges and open licences join the events.
                PledgeRegister.read(SampleWarehouse.DATA_SAMPLES.resolve("indicators/pledges.csv")),
                OpenLicenceRegister.read(SampleWarehouse.DATA_SAMPLES.resolve("indicators/open-licences.csv")));
        return new LandscapeJob(SharedSpark.get().sparkContext().hadoopConfiguration(), options, Progress.SILENT).run().report();
    }

    @Test
    void tcmInChineseMatchesItsGoldenDigest() throws IOException {
        assertGolden(run("tcm", "zh", List.of("亳州药都本草科技有限公司")), "tcm-zh.txt");
    }

    @Test
    void equipmentInEnglishMatchesItsGoldenDigest() throws IOException {
        assertGolden(run("equipment", "en", List.of("合肥智擎机器人科技有限公司")), "equipment-en.txt");
    }

    @Test
    void newEnergyInChineseMatchesItsGoldenDigest() throws IOException {
        assertGolden(run("new-energy", "zh", List.of()), "new-energy-zh.txt");
    }

    @Test
    void countsApplicationsNotPublications() throws IOException {
        Report r = run("tcm", "en", List.of());
        Map<String, Object> kpis = r.kpis().stream().filter(k -> k.value() != null)
                .collect(Collectors.toMap(Kpi::id, Kpi::value));
        // 95 applications with 107 publications (navigate's count): the A and B of one application are one.
        assertThat(kpis.get("applications")).isEqualTo(95L);
        assertThat(r.manifest()).containsKeys("snapshot_id", "sector", "counting_rules");
    }

    @Test
    void anUnknownSectorIsAClearError() {
        assertThatThrownBy(() -> run("no-such-sector", "zh", List.of()))
                .hasMessageContaining("sector 'no-such-sector' is not in")
                .hasMessageContaining("equipment, new-energy, tcm");
    }

    /**
     * The report's wording and numbers: KPIs with their labels; per section its title and findings, then per
     * table its title, column labels, note and every row; the methods paragraphs.
     */
    static String digest(Report r) {
        StringBuilder b = new StringBuilder();
        b.append(r.title()).append('\n').append(r.subtitle()).append('\n');
        for (Kpi k : r.kpis()) {
            b.append("kpi ").append(k.id()).append(" (").append(k.label()).append(") = ").append(cell(k.value()))
                    .append(k.detail() == null ? "" : " (" + k.detail() + ")").append('\n');
        }
        r.sections().forEach(s -> {
            b.append("\n## ").append(s.title()).append('\n');
            s.findings().forEach(f -> b.append("> ").append(f).append('\n'));
            for (Table t : s.tables()) {
                b.append("table ").append(t.id()).append(" \"").append(t.title()).append("\" (").append(t.rows().size())
                        .append(" rows): ").append(t.columns().stream().map(c -> c.id() + " \"" + c.label() + "\"")
                                .collect(Collectors.joining(" | "))).append('\n');
                if (t.note() != null) {
                    b.append("  note: ").append(t.note()).append('\n');
                }
                t.rows().forEach(row -> b.append("  ")
                        .append(row.stream().map(LandscapeJobTest::cell).collect(Collectors.joining(" | "))).append('\n'));
            }
        });
        // The sample warehouse lives in a temporary directory and gets a new snapshot id per run.
        String warehouse = String.valueOf(r.manifest().get("warehouse"));
        String snapshot = String.valueOf(r.manifest().get("snapshot_id"));
        b.append("\n## methods\n");
        r.methods().forEach(p -> b.append("> ").append(p.replace(warehouse, "<warehouse>").replace(snapshot, "<snapshot>"))
                .append('\n'));
        return b.toString();
    }

    private static String cell(Object v) {
        return v instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : String.valueOf(v);
    }

    private static void assertGolden(Report r, String name) throws IOException {
        String actual = digest(r);
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("patnav.updateGolden")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
