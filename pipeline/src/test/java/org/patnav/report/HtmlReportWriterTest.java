package org.patnav.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML of {@link HtmlSampleReports#chinese()} against a committed golden file, with a stub in place of the
 * 1 MB chart library so the golden file stays readable. After checking that a change is intended, rewrite
 * it with {@code -Dpatnav.updateGolden=true}. The targeted tests say what the golden file must show.
 */
class HtmlReportWriterTest {

    private static final String GOLDEN = "sample-zh.golden.html";
    private static final Path SOURCE_COPY = Path.of("src/test/resources/org/patnav/report", GOLDEN);
    private static final ChartLibrary STUB = new ChartLibrary("ECharts (test stub)", "/* the chart library */");
    private static final Pattern JSON_BLOCK = Pattern.compile(
            "<script type=\"application/json\" id=\"(chart-\\d+)-data\">(.*?)</script>");

    private final String zh = HtmlReportWriter.render(HtmlSampleReports.chinese(), STUB);

    @Test
    void chineseSampleMatchesTheGoldenFile() throws IOException {
        if (Boolean.getBoolean("patnav.updateGolden")) {
            Files.writeString(SOURCE_COPY, zh, StandardCharsets.UTF_8);
            System.out.println("golden file rewritten: " + SOURCE_COPY.toAbsolutePath());
        }
        String golden;
        // Rewritten just now, the classpath still holds the old copy until the next build.
        try (InputStream in = Boolean.getBoolean("patnav.updateGolden") ? Files.newInputStream(SOURCE_COPY)
                : getClass().getResourceAsStream(GOLDEN)) {
            assertThat(in).as("golden file " + GOLDEN + " on the test classpath").isNotNull();
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> expected = golden.lines().toList();
        List<String> actual = zh.lines().toList();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "(end of file)";
            String a = i < actual.size() ? actual.get(i) : "(end of file)";
            if (!e.equals(a)) {
                fail("report HTML differs from " + GOLDEN + " at line " + (i + 1) + ":\n- " + e + "\n+ " + a);
            }
        }
        assertThat(zh).isEqualTo(golden);
    }

    @Test
    void textFromTheDataIsNeverMarkup() {
        assertThat(zh).doesNotContain("<script>alert(1)</script>", "alert(2)</script>", "<b>不</b>");
        assertThat(zh).contains("<title>储能电池专利导航 &lt;script&gt;alert(1)&lt;/script&gt; &amp; 竞争格局</title>",
                "<h1>储能电池专利导航 &lt;script&gt;alert(1)&lt;/script&gt; &amp; 竞争格局</h1>",
                "<th scope=\"row\">&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;</th>",
                "<th scope=\"row\">AT&amp;T Intellectual Property</th>",
                "<p class=\"note\">注：申请人名称经过归一化；&lt;b&gt;不&lt;/b&gt;含个人申请人。</p>",
                "<caption>数据表：主要申请人 &lt;前 4 名&gt;</caption>",
                "<p>比较符号 a &lt; b 与 &amp; 原样显示。</p>");
        // Two <script> elements carry code (the library and the drawing script); the others hold JSON.
        assertThat(count(zh, "<script>")).isEqualTo(2);
        assertThat(count(zh, "<script type=\"application/json\"")).isEqualTo(HtmlSampleReports.charts(HtmlSampleReports.chinese()));
    }

    @Test
    void chartJsonIsEscapedForScriptAndReadsBackExactly() throws IOException {
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = JSON_BLOCK.matcher(zh);
        while (m.find()) {
            blocks.put(m.group(1), m.group(2));
        }
        assertThat(blocks).hasSize(6);
        String ranked = blocks.get("chart-5");
        assertThat(ranked).doesNotContain("<", ">", "&", "\u2028")
                .contains("\\u003C/script\\u003E", "AT\\u0026T", "\\u2028");
        JsonNode data = new ObjectMapper().readTree(ranked);
        assertThat(data.get("kind").asText()).isEqualTo("RANKED_BAR");
        List<String> categories = new ArrayList<>();
        data.get("categories").forEach(c -> categories.add(c.asText()));
        assertThat(categories).containsExactly("宁德时代新能源科技股份有限公司", "AT&T Intellectual Property",
                HtmlSampleReports.HOSTILE_NAME, "比亚迪股份有限公司\u2028(line separator)");
        assertThat(data.get("series").get(0).get("values").toString()).isEqualTo("[23456,9876,1001,12345]");

        JsonNode line = new ObjectMapper().readTree(blocks.get("chart-1"));
        assertThat(line.get("categories").get(0).asText()).isEqualTo("2018");
        assertThat(line.get("shadeFrom").asText()).isEqualTo("2023");
        assertThat(line.get("shadeLabel").asText()).isEqualTo("公开滞后，数据不完整");
        // A shaded chart without its own label gets the UI's words for it.
        assertThat(new ObjectMapper().readTree(blocks.get("chart-3")).get("shadeLabel").asText()).isEqualTo("数据不完整期");
        // The percentage column of the trend table has gaps: JSON null, which the chart shows as a gap.
        assertThat(zh).doesNotContain("NaN");
    }

    @Test
    void numbersAreFormattedByType() {
        assertThat(zh).contains(
                "<div class=\"kpi-value\">1,234,567</div>",
                "<div class=\"kpi-value\">2021</div>",
                "<div class=\"kpi-value\">48.1%</div>",
                "<div class=\"kpi-value\">9.46</div>",
                "<div class=\"kpi-value\">—</div>",
                "<tr><th scope=\"row\" class=\"num\">2021</th><td class=\"num\">1,234,567</td><td class=\"num\">4,388</td>"
                        + "<td class=\"num\">48.1%</td></tr>",
                "<td class=\"num\">12.3%</td><td>2011-12-16</td>",
                "<td class=\"num\"></td></tr>");
        assertThat(zh).doesNotContain("2,021", "2,018");
    }

    @Test
    void everyTableIsWrittenOnceUnderItsFirstChartAndUndrawnTablesToo() {
        assertThat(count(zh, "<table ")).isEqualTo(4);
        assertThat(count(zh, "data-table-id=\"trend\"")).isEqualTo(1);
        assertThat(zh).contains("data-table-id=\"legal_status\"");
        // The trend table follows the first chart drawn from it, before the second chart.
        assertThat(zh.indexOf("data-chart-id=\"trend_line\"")).isLessThan(zh.indexOf("data-table-id=\"trend\""));
        assertThat(zh.indexOf("data-table-id=\"trend\"")).isLessThan(zh.indexOf("data-chart-id=\"trend_bar\""));
        assertThat(count(zh, "<th scope=\"col\"")).isEqualTo(4 + 3 + 4 + 3);
    }

    @Test
    void pageIsSelfContainedAndInTheReportsLanguage() {
        assertThat(zh).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")
                .contains("<h2 id=\"toc\">目录</h2>", "<li><a href=\"#sec-2\">主要申请人</a></li>",
                        "/* the chart library */", "\"Noto Sans CJK SC\", \"Microsoft YaHei\", \"PingFang SC\"")
                .doesNotContain("http:", "https:", " src=", "@import", "@font-face");
        String en = HtmlReportWriter.render(HtmlSampleReports.english(), STUB);
        assertThat(en).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<h2 id=\"toc\">Contents</h2>", "<caption>Data table: Applications per year</caption>",
                        "<div class=\"kpi-value\">19,134</div>", "<h2>Methods</h2>")
                .doesNotContain("<details>");
    }

    @Test
    void theRealLibraryComesFromTheWebjar() {
        ChartLibrary echarts = ChartLibrary.echarts();
        assertThat(echarts.name()).matches("Apache ECharts 5\\.\\d+\\.\\d+");
        assertThat(echarts.script()).contains("getInstanceByDom").hasSizeGreaterThan(500_000);
    }

    @Test
    void writesAFileInUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/report.html");
        HtmlReportWriter.write(HtmlSampleReports.english(), file, STUB);
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(HtmlReportWriter.render(HtmlSampleReports.english(), STUB));
    }

    @Test
    void aChartItCannotDrawFailsWithItsName() {
        Table t = Table.builder("t", "T", Column.text("name", "Name"), Column.integer("n", "N")).row("a", 1L).build();
        Report textSeries = new Report("en", "R", null, List.of(), List.of(new Section("s", "S", List.of(),
                List.of(Chart.of("names", Chart.Kind.BAR, "t", "n", "name")), List.of(t))), List.of(), Map.of());
        assertThatThrownBy(() -> HtmlReportWriter.render(textSeries, STUB))
                .hasMessage("chart names: series name is TEXT, not a number");
        Report oneAxis = new Report("en", "R", null, List.of(), List.of(new Section("s", "S", List.of(),
                List.of(Chart.of("traj", Chart.Kind.TRAJECTORY, "t", "name", "n")), List.of(t))), List.of(), Map.of());
        assertThatThrownBy(() -> HtmlReportWriter.render(oneAxis, STUB))
                .hasMessage("chart traj: a TRAJECTORY draws 2 series, not 1");
    }

    @Test
    void libraryThatWouldEndItsScriptElementIsRefused() {
        assertThatThrownBy(() -> new ChartLibrary("bad", "var s = '</SCRIPT>';"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void escapeCoversTheFiveCharactersAndControls() {
        assertThat(HtmlReportWriter.escape("<a href=\"x\" title='y'>&</a>\u0000\t"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;\ufffd\t");
    }

    @Test
    void cellTextByType() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertThat(CellText.of(Column.Type.INTEGER, 1_234_567L, zh)).isEqualTo("1,234,567");
        assertThat(CellText.of(Column.Type.YEAR, 2024, zh)).isEqualTo("2024");
        assertThat(CellText.of(Column.Type.PERCENT, 0.12345, Locale.ENGLISH)).isEqualTo("12.3%");
        // Rounding half away from zero on the double's exact value, as Intl.NumberFormat does in the tooltips.
        assertThat(CellText.of(Column.Type.PERCENT, 0.0625, Locale.ENGLISH)).isEqualTo("6.3%");
        assertThat(CellText.of(Column.Type.PERCENT, 0.4815, Locale.ENGLISH)).isEqualTo("48.1%");
        assertThat(CellText.of(Column.Type.DECIMAL, 1234.5, Locale.ENGLISH)).isEqualTo("1,234.50");
        assertThat(CellText.of(Column.Type.DATE, LocalDate.of(2024, 2, 29), zh)).isEqualTo("2024-02-29");
        assertThat(CellText.of(Column.Type.INTEGER, null, zh)).isEmpty();
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
