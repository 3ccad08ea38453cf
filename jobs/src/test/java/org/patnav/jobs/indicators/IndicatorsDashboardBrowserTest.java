package org.patnav.jobs.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.jobs.SharedSpark;
import org.patnav.jobs.spark.Progress;
import org.patnav.report.HeadlessChromium;
import org.patnav.report.ReportFiles;

/**
 * The indicators dashboard over the sample warehouse, opened in headless Chromium: no console error and
 * every chart drawn. {@code -Dpatnav.updateScreenshots=true} keeps a screenshot in {@code docs/}.
 */
class IndicatorsDashboardBrowserTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static HeadlessChromium browser;

    // The JVM's one browser, from @BeforeEach rather than @BeforeAll: Surefire reports a class whose
    // @BeforeAll skipped as "Tests run: 0", without the reason.
    @BeforeEach
    void openBrowser() throws IOException {
        browser = HeadlessChromium.shared();
    }

    @Test
    void drawsEveryChartWithoutErrors(@TempDir Path dir) throws IOException {
        IndicatorsJob.Result written = new IndicatorsJob(SharedSpark.get(), IndicatorsJobTest.options(), Progress.SILENT).run(dir, "zh");
        browser.open(dir.resolve(ReportFiles.HTML));
        int charts = written.report().sections().stream().mapToInt(s -> s.charts().size()).sum();
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.chartContainers()).isEqualTo(charts);
        assertThat(browser.drawnCharts()).isEqualTo(charts);
        if (Boolean.getBoolean("patnav.updateScreenshots")) {
            browser.screenshot(DOCS.resolve("indicators.png"));
        }
    }
}
