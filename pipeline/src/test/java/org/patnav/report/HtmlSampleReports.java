package org.patnav.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small hand-built report with every chart kind, every column type and the texts a renderer must not
 * trust: markup and {@code </script>} in titles and names, {@code &}, a U+2028 line separator, Chinese.
 */
public final class HtmlSampleReports {

    /** The title a careless renderer would run as a script. */
    public static final String HOSTILE_TITLE = "储能电池专利导航 <script>alert(1)</script> & 竞争格局";
    /** An applicant name that closes the JSON block it is written into, if the JSON is not escaped. */
    public static final String HOSTILE_NAME = "</script><script>alert(2)</script>";

    private HtmlSampleReports() {
    }

    /** Two sections, six charts (one of each kind), four tables (one drawn by no chart), in Chinese. */
    public static Report chinese() {
        Table trend = Table.builder("trend", "逐年申请量与申请人数",
                        Column.year("year", "申请年"), Column.integer("applications", "申请量"),
                        Column.integer("applicants", "申请人数"), Column.percent("grant_rate", "授权率"))
                .row(2018, 812_345L, 3_120L, 0.4125)
                .row(2019, 954_321L, 3_544L, 0.4250)
                .row(2020, 1_120_004L, 4_010L, 0.4499)
                .row(2021, 1_234_567L, 4_388L, 0.4815)
                .row(2022, 1_198_765L, 4_502L, 0.4650)
                .row(2023, 905_432L, 3_876L, null)
                .row(2024, 310_001L, 1_702L, null)
                .note("按最早优先权年统计；2023 年起的数据因公开滞后尚不完整。")
                .build();
        Table types = Table.builder("types", "按专利类型的申请量",
                        Column.year("year", "申请年"), Column.integer("invention", "发明"),
                        Column.integer("utility", "实用新型"))
                .row(2021, 734_567L, 500_000L)
                .row(2022, 698_765L, 500_000L)
                .row(2023, 505_432L, 400_000L)
                .build();
        Section trends = new Section("trends", "申请趋势 & 生命周期",
                List.of("2021 年申请量达到峰值 1,234,567 件。", "2023 年起的数据尚不完整，图中以灰色标出。"),
                List.of(Chart.of("trend_line", Chart.Kind.LINE, "trend", "year", "applications")
                                .shaded("2023", "公开滞后，数据不完整"),
                        Chart.of("trend_bar", Chart.Kind.BAR, "trend", "year", "applications", "applicants"),
                        Chart.of("trend_lifecycle", Chart.Kind.TRAJECTORY, "trend", "year", "applications", "applicants")
                                .shaded("2023", null),
                        Chart.of("types_stacked", Chart.Kind.STACKED_BAR, "types", "year", "invention", "utility")),
                List.of(trend, types));

        Table applicants = Table.builder("top_applicants", "主要申请人 <前 4 名>",
                        Column.text("name", "申请人"), Column.integer("applications", "申请量"),
                        Column.percent("share", "占比"), Column.date("first_filing", "首次申请日"))
                .row("宁德时代新能源科技股份有限公司", 23_456L, 0.1234, LocalDate.of(2011, 12, 16))
                .row("AT&T Intellectual Property", 9_876L, 0.0520, LocalDate.of(2009, 3, 2))
                .row(HOSTILE_NAME, 1_001L, 0.0053, null)
                .row("比亚迪股份有限公司\u2028(line separator)", 12_345L, 0.0650, LocalDate.of(2003, 7, 1))
                .note("申请人名称经过归一化；<b>不</b>含个人申请人。")
                .build();
        Table status = Table.builder("legal_status", "法律状态分布（未作图）",
                        Column.text("status", "法律状态"), Column.integer("count", "件数"),
                        Column.decimal("avg_claims", "平均权利要求数"))
                .row("有效", 456_789L, 9.456)
                .row("失效", 123_456L, null)
                .build();
        Section players = new Section("players", "主要申请人",
                List.of("前 4 名申请人合计占 24.6% 的申请量；“AT&T”位列第二。"),
                List.of(Chart.of("top_applicants_bar", Chart.Kind.RANKED_BAR, "top_applicants", "name", "applications"),
                        Chart.of("top_applicants_pie", Chart.Kind.PIE, "top_applicants", "name", "applications")),
                List.of(applicants, status));

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("sector", "energy-storage");
        manifest.put("sector_version", 3);
        manifest.put("counting", Map.of("unit", "family"));
        return new Report("zh", HOSTILE_TITLE, "中国 · 2018–2024 · 截至 2025-06-30",
                List.of(new Kpi("applications", "申请量", Column.Type.INTEGER, 1_234_567L, "2018–2024 年合计"),
                        new Kpi("peak_year", "峰值年份", Column.Type.YEAR, 2021, null),
                        new Kpi("grant_rate", "授权率", Column.Type.PERCENT, 0.4815, "已审结申请中"),
                        new Kpi("avg_claims", "平均权利要求数", Column.Type.DECIMAL, 9.456, null),
                        new Kpi("cagr", "年均增长率", Column.Type.PERCENT, null, "数据不足")),
                List.of(trends, players),
                List.of("检索式见附录；申请量按简单同族计数。", "比较符号 a < b 与 & 原样显示。"),
                manifest);
    }

    /** One section, two charts, in English. */
    public static Report english() {
        Table trend = Table.builder("trend", "Applications per year",
                        Column.year("year", "Year"), Column.integer("applications", "Applications"))
                .row(2022, 12_345L)
                .row(2023, 6_789L)
                .build();
        Section s = new Section("trends", "Trends", List.of("Filings peaked in 2022."),
                List.of(Chart.of("trend_bar", Chart.Kind.BAR, "trend", "year", "applications").shaded("2023", null),
                        Chart.of("trend_pie", Chart.Kind.PIE, "trend", "year", "applications")),
                List.of(trend));
        return new Report("en", "Energy storage", "China, 2022–2023",
                List.of(new Kpi("applications", "Applications", Column.Type.INTEGER, 19_134L, null)),
                List.of(s), List.of("Counted by earliest priority year."), Map.of());
    }

    /** How many charts a report has. */
    public static int charts(Report r) {
        return r.sections().stream().mapToInt(s -> s.charts().size()).sum();
    }
}
