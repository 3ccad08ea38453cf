package org.patnav.jobs.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.jobs.SampleWarehouse;
import org.patnav.jobs.SharedSpark;
import org.patnav.jobs.spark.Progress;
import org.patnav.report.HeadlessChromium;

/**
 * The watchlist's HTML summary over the sample warehouse, opened in headless Chromium: no console
 * error and every chart drawn. {@code -Dpatnav.updateScreenshots=true} keeps a screenshot in {@code docs/}.
 */
class WatchlistSummaryBrowserTest {

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
        WatchlistJob.Result written = new WatchlistJob(SharedSpark.get(), WatchlistJobTest.options(
                SampleWarehouse.get().warehouse.toString(), null, java.util.List.of()), Progress.SILENT).run(dir, "zh");
        browser.open(dir.resolve(WatchlistFiles.HTML));
        int charts = written.summary().sections().stream().mapToInt(s -> s.charts().size()).sum();
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.chartContainers()).isEqualTo(charts);
        assertThat(browser.drawnCharts()).isEqualTo(charts);
        if (Boolean.getBoolean("patnav.updateScreenshots")) {
            browser.screenshot(DOCS.resolve("watchlist.png"));
        }
    }
}
