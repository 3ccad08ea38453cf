package org.patnav.jobs.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.patnav.report.HeadlessChromium;
import org.patnav.report.Report;
import org.patnav.report.ReportFiles;

/**
 * The real landscape reports of the three sectors over the sample warehouse, opened in headless
 * Chromium: no console error and every chart drawn. {@code -Dpatnav.updateScreenshots=true} keeps a
 * screenshot of each in {@code docs/} for the README.
 */
class LandscapeReportBrowserTest {

    private static final Path DOCS = Path.of("..", "docs");

    @TempDir
    static Path dir;
    private static HeadlessChromium browser;

    // The JVM's one browser, from @BeforeEach rather than @BeforeAll: Surefire reports a class whose
    // @BeforeAll skipped as "Tests run: 0", without the reason.
    @BeforeEach
    void openBrowser() throws IOException {
        browser = HeadlessChromium.shared();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcm", "equipment", "new-energy"})
    void drawsEveryChartWithoutErrors(String sector) throws IOException {
        Report report = LandscapeJobTest.run(sector, "zh", List.of("亳州药都本草科技有限公司"));
        Path out = dir.resolve(sector);
        ReportFiles.write(report, out);
        browser.open(out.resolve(ReportFiles.HTML));

        int charts = report.sections().stream().mapToInt(s -> s.charts().size()).sum();
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.chartContainers()).isEqualTo(charts);
        assertThat(browser.drawnCharts()).isEqualTo(charts);
        // The navigation's own charts: the strength x growth quadrant with its threshold lines, and the
        // technical means x effects matrix, each drawn as SVG with its marks.
        assertThat(((Number) browser.script("return document.querySelectorAll("
                + "'[data-kind=QUADRANT] svg path, [data-kind=QUADRANT] svg line').length;")).intValue())
                .as("quadrant marks").isPositive();
        assertThat(((Number) browser.script("return document.querySelectorAll('[data-kind=HEATMAP] svg').length;"))
                .intValue()).as("matrices drawn").isEqualTo(2);
        assertThat((String) browser.script("return document.querySelector('section.report-section').dataset.sectionId;")).isEqualTo("summary");
        if (Boolean.getBoolean("patnav.updateScreenshots")) {
            browser.screenshot(DOCS.resolve("landscape-" + sector + ".png"));
        }
        assertThat(Files.readString(out.resolve("report.json"))).contains("\"peak_year\"");
    }
}
