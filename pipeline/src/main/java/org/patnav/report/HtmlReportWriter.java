package org.patnav.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Report} as one self-contained {@code report.html}: the chart library, the styles, the
 * data and the script that draws the charts are all inside the file, so it opens offline, from a mail
 * attachment or a USB stick, with no request to any server.
 *
 * <p>The page: title, subtitle, KPI cards, a table of contents, then per section its findings, each chart
 * with the table it is drawn from right under it (a real {@code <table>}, so the numbers can be read,
 * copied and heard by a screen reader), the tables no chart draws, and the methods.
 *
 * <p>No text from the data ever becomes markup: every title, name, finding and note is HTML-escaped, and
 * the chart data travel as JSON inside {@code <script type="application/json">} with {@code <}, {@code >},
 * {@code &} and the JavaScript line separators escaped, so a patent titled {@code </script>} stays a title.
 * The output depends only on the report and the library: no dates, no random ids, {@code \n} line ends.
 */
public final class HtmlReportWriter {

    /** Height of a chart; a ranked bar with many rows grows so that every label stays readable. */
    private static final int CHART_HEIGHT = 360;
    private static final int RANKED_ROW_HEIGHT = 22;

    private static final ObjectWriter CHART_JSON = new ObjectMapper().writer().with(new ScriptSafeEscapes());
    private static final ObjectWriter MANIFEST_JSON = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private HtmlReportWriter() {
    }

    /** Writes {@code report} to {@code file} (UTF-8) with Apache ECharts from the classpath inlined. */
    public static void write(Report report, Path file) throws IOException {
        write(report, file, ChartLibrary.echarts());
    }

    /** Writes {@code report} to {@code file} (UTF-8), creating its folder, with {@code library} inlined. */
    public static void write(Report report, Path file, ChartLibrary library) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(report, out, library);
        }
    }

    /** Writes the page to {@code out}, which the caller opens with UTF-8 and closes. */
    public static void write(Report report, Writer out, ChartLibrary library) throws IOException {
        out.write(render(report, library));
    }

    /** The page as a string. */
    public static String render(Report report, ChartLibrary library) {
        return new Page(report, library).render();
    }

    /** Escapes text for HTML content and quoted attribute values; control characters become U+FFFD. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\t', '\n', '\r' -> b.append(c);
                default -> b.append(c < 0x20 || c == 0x7f ? '\ufffd' : c);
            }
        }
        return b.toString();
    }

    /** One rendering: the report, its UI words and the running numbers that make element ids. */
    private static final class Page {
        private final Report report;
        private final ChartLibrary library;
        private final Messages ui;
        private final Locale locale;
        private final StringBuilder html = new StringBuilder(64 * 1024);
        private int charts;
        private int tables;

        Page(Report report, ChartLibrary library) {
            this.report = report;
            this.library = library;
            this.ui = new Messages("report-ui", report.lang());
            this.locale = ui.locale();
        }

        String render() {
            String htmlLang = report.lang().equals("zh") ? "zh-CN" : "en";
            line("<!DOCTYPE html>");
            line("<html lang=\"" + htmlLang + "\">");
            line("<head>");
            line("<meta charset=\"utf-8\">");
            line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            // An empty icon: without it a browser asks a server for /favicon.ico.
            line("<link rel=\"icon\" href=\"data:,\">");
            line("<title>" + escape(report.title()) + "</title>");
            line("<style>");
            html.append(resource("report.css"));
            line("</style>");
            line("</head>");
            line("<body>");
            line("<header>");
            line("<h1>" + escape(report.title()) + "</h1>");
            if (report.subtitle() != null && !report.subtitle().isBlank()) {
                line("<p class=\"subtitle\">" + escape(report.subtitle()) + "</p>");
            }
            line("<noscript><p class=\"noscript\">" + text("noscript") + "</p></noscript>");
            line("</header>");
            kpis();
            contents();
            line("<main>");
            for (int i = 0; i < report.sections().size(); i++) {
                section(report.sections().get(i), i + 1);
            }
            methods();
            line("</main>");
            line("<footer><p>" + text("generated", library.name()) + "</p></footer>");
            line("<script>");
            line(library.script());
            line("</script>");
            line("<script>");
            html.append(resource("report.js"));
            line("</script>");
            line("</body>");
            line("</html>");
            return html.toString();
        }

        private void kpis() {
            if (report.kpis().isEmpty()) {
                return;
            }
            line("<section class=\"kpis\" aria-label=\"" + text("kpis") + "\">");
            for (Kpi k : report.kpis()) {
                String value = k.value() == null ? ui.get("kpi.missing") : CellText.of(k.type(), k.value(), locale);
                line("<div class=\"kpi\" data-kpi-id=\"" + escape(k.id()) + "\">");
                line("<div class=\"kpi-label\">" + escape(k.label()) + "</div>");
                line("<div class=\"kpi-value\">" + escape(value) + "</div>");
                if (k.detail() != null && !k.detail().isBlank()) {
                    line("<div class=\"kpi-detail\">" + escape(k.detail()) + "</div>");
                }
                line("</div>");
            }
            line("</section>");
        }

        private void contents() {
            line("<nav class=\"toc\" aria-labelledby=\"toc\">");
            line("<h2 id=\"toc\">" + text("toc") + "</h2>");
            line("<ol>");
            for (int i = 0; i < report.sections().size(); i++) {
                line("<li><a href=\"#sec-" + (i + 1) + "\">" + escape(report.sections().get(i).title()) + "</a></li>");
            }
            if (!report.methods().isEmpty()) {
                line("<li><a href=\"#methods\">" + text("methods") + "</a></li>");
            }
            line("</ol>");
            line("</nav>");
        }

        private void section(Section s, int number) {
            line("<section class=\"report-section\" id=\"sec-" + number + "\" data-section-id=\"" + escape(s.id())
                    + "\">");
            line("<h2>" + escape(s.title()) + "</h2>");
            if (!s.findings().isEmpty()) {
                line("<div class=\"findings\">");
                for (String f : s.findings()) {
                    line("<p>" + escape(f) + "</p>");
                }
                line("</div>");
            }
            // Each chart with its table right under it; a table two charts draw comes after the first.
            Set<String> written = new HashSet<>();
            for (Chart c : s.charts()) {
                Table t = tableOf(s, c.tableId());
                chart(c, t);
                if (written.add(t.id())) {
                    table(t);
                }
            }
            for (Table t : s.tables()) {
                if (written.add(t.id())) {
                    table(t);
                }
            }
            line("</section>");
        }

        private void chart(Chart c, Table t) {
            check(c, t);
            String id = "chart-" + (++charts);
            int height = c.kind() == Chart.Kind.RANKED_BAR || c.kind() == Chart.Kind.HEATMAP
                    ? Math.max(CHART_HEIGHT, 48 + RANKED_ROW_HEIGHT * t.rows().size()) : CHART_HEIGHT;
            line("<figure>");
            line("<figcaption>" + escape(t.title()) + "</figcaption>");
            line("<div class=\"chart\" id=\"" + id + "\" data-chart-id=\"" + escape(c.id()) + "\" data-kind=\""
                    + c.kind() + "\" role=\"img\" aria-label=\"" + text("chart.label", t.title()) + "\""
                    + (height == CHART_HEIGHT ? "" : " style=\"height:" + height + "px\"") + "></div>");
            line("<script type=\"application/json\" id=\"" + id + "-data\">" + json(chartData(c, t)) + "</script>");
            line("</figure>");
        }

        /** What report.js needs to draw {@code c}: categories as the reader sees them, series as numbers. */
        private Map<String, Object> chartData(Chart c, Table t) {
            int x = t.columnIndex(c.x());
            Column.Type xType = t.columns().get(x).type();
            List<String> categories = t.rows().stream().map(r -> CellText.of(xType, r.get(x), locale)).toList();
            List<Map<String, Object>> series = new ArrayList<>();
            for (String columnId : c.series()) {
                int i = t.columnIndex(columnId);
                Column col = t.columns().get(i);
                List<Object> values = new ArrayList<>();
                for (List<Object> row : t.rows()) {
                    Object v = row.get(i);
                    // NaN and infinities are not JSON; a chart shows them as gaps, like a missing value.
                    values.add(v instanceof Double d && !Double.isFinite(d) ? null : v);
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", col.label());
                m.put("type", col.type().name());
                m.put("values", values);
                series.add(m);
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("kind", c.kind().name());
            data.put("categories", categories);
            data.put("series", series);
            if (c.shadeFrom() != null) {
                data.put("shadeFrom", c.shadeFrom());
                data.put("shadeLabel", c.shadeLabel() != null ? c.shadeLabel() : ui.get("chart.incomplete"));
            }
            if (c.xMark() != null) {
                data.put("xMark", c.xMark());
            }
            if (c.yMark() != null) {
                data.put("yMark", c.yMark());
            }
            return data;
        }

        private void table(Table t) {
            String id = "table-" + (++tables);
            List<Column> cols = t.columns();
            line("<div class=\"table-wrap\">");
            line("<table id=\"" + id + "\" data-table-id=\"" + escape(t.id()) + "\">");
            line("<caption>" + text("table.caption", t.title()) + "</caption>");
            StringBuilder head = new StringBuilder("<thead><tr>");
            for (Column c : cols) {
                head.append("<th scope=\"col\"").append(numClass(c)).append('>').append(escape(c.label()))
                        .append("</th>");
            }
            line(head.append("</tr></thead>").toString());
            line("<tbody>");
            if (t.rows().isEmpty()) {
                line("<tr><td colspan=\"" + cols.size() + "\">" + text("table.empty") + "</td></tr>");
            }
            for (List<Object> row : t.rows()) {
                StringBuilder tr = new StringBuilder("<tr>");
                for (int i = 0; i < cols.size(); i++) {
                    // The first cell names the row (a year, an applicant): a row header for screen readers.
                    String tag = i == 0 ? "th scope=\"row\"" : "td";
                    tr.append('<').append(tag).append(numClass(cols.get(i))).append('>')
                            .append(escape(CellText.of(cols.get(i).type(), row.get(i), locale)))
                            .append(i == 0 ? "</th>" : "</td>");
                }
                line(tr.append("</tr>").toString());
            }
            line("</tbody>");
            line("</table>");
            if (t.note() != null && !t.note().isBlank()) {
                line("<p class=\"note\">" + text("table.note", t.note()) + "</p>");
            }
            line("</div>");
        }

        private void methods() {
            boolean manifest = report.manifest() != null && !report.manifest().isEmpty();
            if (report.methods().isEmpty() && !manifest) {
                return;
            }
            line("<section class=\"methods\" id=\"methods\">");
            line("<h2>" + text("methods") + "</h2>");
            for (String p : report.methods()) {
                line("<p>" + escape(p) + "</p>");
            }
            if (manifest) {
                line("<details>");
                line("<summary>" + text("manifest") + "</summary>");
                try {
                    line("<pre class=\"manifest\">" + escape(MANIFEST_JSON.writeValueAsString(report.manifest()))
                            + "</pre>");
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("the report's manifest is not JSON-compatible: "
                            + e.getOriginalMessage(), e);
                }
                line("</details>");
            }
            line("</section>");
        }

        private static Table tableOf(Section s, String tableId) {
            return s.tables().stream().filter(t -> t.id().equals(tableId)).findFirst().orElseThrow();
        }

        private String text(String key, Object... args) {
            return escape(ui.get(key, args));
        }

        private void line(String s) {
            html.append(s).append('\n');
        }
    }

    /** Fails on a chart the script could not draw, naming it, instead of leaving an empty box. */
    private static void check(Chart c, Table t) {
        t.columnIndex(c.x());
        if (c.series().isEmpty()) {
            throw new IllegalArgumentException("chart " + c.id() + " has no series");
        }
        for (String s : c.series()) {
            Column col = t.columns().get(t.columnIndex(s));
            if (!CellText.numeric(col.type())) {
                throw new IllegalArgumentException("chart " + c.id() + ": series " + s + " is " + col.type()
                        + ", not a number");
            }
        }
        int wanted = switch (c.kind()) {
            case PIE -> 1;
            case TRAJECTORY, QUADRANT -> 2;
            default -> c.series().size();
        };
        if (c.series().size() != wanted) {
            throw new IllegalArgumentException("chart " + c.id() + ": a " + c.kind() + " draws " + wanted
                    + " series, not " + c.series().size());
        }
    }

    private static String numClass(Column c) {
        return CellText.numeric(c.type()) ? " class=\"num\"" : "";
    }

    private static String json(Object value) {
        try {
            return CHART_JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data are not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name + " beside " + HtmlReportWriter.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON that can sit inside {@code <script>}: {@code <}, {@code >} and {@code &} written as JSON unicode
     * escapes (so no {@code </script>}, no {@code <!--}), and so are the line and paragraph separators
     * (U+2028, U+2029), which older JavaScript reads as line ends inside a string.
     */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        ScriptSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case 0x2028 -> new SerializedString("\\u2028");
                case 0x2029 -> new SerializedString("\\u2029");
                default -> null;
            };
        }
    }
}
