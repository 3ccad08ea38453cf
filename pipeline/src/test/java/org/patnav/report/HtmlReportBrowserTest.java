package org.patnav.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample reports in a real (headless) Chromium, opened from file:// with the real ECharts inlined:
 * no script error, every chart drawn, nothing fetched, hostile titles shown as text. Skipped when Chromium
 * is not installed, failed instead under {@code -Dpatnav.requireBrowser=true} (CI). Screenshots of the
 * pages are left in {@code target/report-screenshots/} for a person to look at.
 */
class HtmlReportBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/report-screenshots");

    @TempDir
    static Path dir;
    private static HeadlessChromium browser;

    // The JVM's one browser, from @BeforeEach rather than @BeforeAll: Surefire reports a class whose
    // @BeforeAll skipped as "Tests run: 0", without the reason.
    @BeforeEach
    void openBrowser() throws IOException {
        browser = HeadlessChromium.shared();
    }

    @Test
    void chineseReportDrawsEveryChartWithoutErrors() throws IOException {
        Report report = HtmlSampleReports.chinese();
        Path file = dir.resolve("zh/report.html");
        HtmlReportWriter.write(report, file);
        browser.open(file);

        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.chartContainers()).isEqualTo(HtmlSampleReports.charts(report)).isEqualTo(6);
        assertThat(browser.drawnCharts()).isEqualTo(6);
        // Self-contained: the page loaded no resource at all (no script, font, style or image from anywhere).
        assertThat(browser.script("return performance.getEntriesByType('resource').length;")).isEqualTo(0L);
        // The hostile title and applicant name are text on the page, never elements.
        assertThat(browser.script("return document.querySelector('h1').textContent;"))
                .isEqualTo(HtmlSampleReports.HOSTILE_TITLE);
        assertThat(browser.script("return document.querySelectorAll('script:not([type])').length;")).isEqualTo(2L);
        assertThat(browser.script("return document.querySelector('#table-3 tbody tr:nth-child(3) th').textContent;"))
                .isEqualTo(HtmlSampleReports.HOSTILE_NAME);

        Path png = browser.screenshot(SCREENSHOTS.resolve("sample-zh.png"));
        assertThat(Files.size(png)).isGreaterThan(10_000);
        assertThat(new String(Files.readAllBytes(png), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void optionsFollowTheChartKinds() throws IOException {
        Path file = dir.resolve("zh-options/report.html");
        HtmlReportWriter.write(HtmlSampleReports.chinese(), file);
        browser.open(file);

        // The ranked bar: horizontal, table order from the top, the hostile name as a plain category.
        Map<?, ?> ranked = option("top_applicants_bar");
        Map<?, ?> yAxis = (Map<?, ?>) ((List<?>) ranked.get("yAxis")).get(0);
        assertThat(yAxis.get("type")).isEqualTo("category");
        assertThat(yAxis.get("inverse")).isEqualTo(true);
        assertThat(yAxis.get("data")).isEqualTo(List.of("宁德时代新能源科技股份有限公司",
                "AT&T Intellectual Property", HtmlSampleReports.HOSTILE_NAME, "比亚迪股份有限公司\u2028(line separator)"));
        // The incomplete period: a band from 2023 to the last year, with its label.
        Map<?, ?> line = option("trend_line");
        Map<?, ?> series = (Map<?, ?>) ((List<?>) line.get("series")).get(0);
        List<?> band = (List<?>) ((List<?>) ((Map<?, ?>) series.get("markArea")).get("data")).get(0);
        assertThat(((Map<?, ?>) band.get(0)).get("xAxis")).isEqualTo("2023");
        assertThat(((Map<?, ?>) band.get(0)).get("name")).isEqualTo("公开滞后，数据不完整");
        assertThat(((Map<?, ?>) band.get(1)).get("xAxis")).isEqualTo("2024");
        assertThat(line.get("animation")).isEqualTo(false);
        // The trajectory: two value axes, one point per year labelled with the year.
        Map<?, ?> trajectory = option("trend_lifecycle");
        assertThat(((Map<?, ?>) ((List<?>) trajectory.get("xAxis")).get(0)).get("type")).isEqualTo("value");
        assertThat(((Map<?, ?>) ((List<?>) trajectory.get("yAxis")).get(0)).get("type")).isEqualTo("value");
        List<?> points = (List<?>) ((Map<?, ?>) ((List<?>) trajectory.get("series")).get(0)).get("data");
        assertThat(points).hasSize(7);
        assertThat(((Map<?, ?>) points.get(3)).get("value")).isEqualTo(List.of(1_234_567L, 4_388L, "2021"));
        // Stacked bars share one stack; the pie has one slice per applicant.
        List<?> stacked = (List<?>) option("types_stacked").get("series");
        assertThat(stacked.stream().map(s -> ((Map<?, ?>) s).get("stack")).toList()).isEqualTo(List.of("total", "total"));
        Map<?, ?> pie = (Map<?, ?>) ((List<?>) option("top_applicants_pie").get("series")).get(0);
        assertThat(pie.get("type")).isEqualTo("pie");
        assertThat((List<?>) pie.get("data")).hasSize(4);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void englishReportDrawsItsCharts() throws IOException {
        Report report = HtmlSampleReports.english();
        Path file = dir.resolve("en/report.html");
        HtmlReportWriter.write(report, file);
        browser.open(file);
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.drawnCharts()).isEqualTo(HtmlSampleReports.charts(report)).isEqualTo(2);
        assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("en");
        browser.screenshot(SCREENSHOTS.resolve("sample-en.png"));
    }

    @Test
    void aBrokenChartIsAConsoleErrorAndNotDrawn() throws IOException {
        // The helper must see what it is there to catch: one chart whose data are not JSON.
        String page = HtmlReportWriter.render(HtmlSampleReports.english(), ChartLibrary.echarts())
                .replaceFirst("<script type=\"application/json\" id=\"chart-1-data\">\\{",
                        "<script type=\"application/json\" id=\"chart-1-data\">{broken ");
        Path file = dir.resolve("broken/report.html");
        Files.createDirectories(file.getParent());
        Files.writeString(file, page, StandardCharsets.UTF_8);
        browser.open(file);
        assertThat(browser.consoleErrors()).singleElement().asString().contains("chart trend_bar");
        assertThat(browser.chartContainers()).isEqualTo(2);
        assertThat(browser.drawnCharts()).isEqualTo(1);
    }

    private static Map<?, ?> option(String chartId) {
        return (Map<?, ?>) browser.script("var el = document.querySelector('[data-chart-id=\"' + arguments[0] + '\"]');"
                + " return echarts.getInstanceByDom(el).getOption();", chartId);
    }
}
