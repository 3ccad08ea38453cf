package org.patnav.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A small hand-built report for the renderers' tests: two sections, every column type, Chinese text,
 * cells a spreadsheet would run as formulas, a negative count, nulls, and two table ids that share their
 * first 31 characters (Excel's limit for a sheet name).
 */
public final class SampleReports {

    /** A cell that Excel, opening a CSV, would turn into a live link. */
    public static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";

    private SampleReports() {
    }

    public static Report landscape() {
        return landscape("zh");
    }

    /** The same report marked as {@code lang} (the texts stay Chinese: only the writers' own labels change). */
    public static Report landscape(String lang) {
        Table trend = Table.builder("trend_by_year", "历年申请量",
                        Column.year("year", "申请年"),
                        Column.integer("applications", "申请量"),
                        Column.integer("change", "较上年变化"),
                        Column.percent("grant_rate", "授权率"),
                        Column.decimal("avg_claims", "平均权利要求数"))
                .row(2019, 120L, null, 0.25, 8.1234)
                .row(2020, 117L, -3L, 1.0 / 3, 9.5)
                .row(2021, 1240L, 1123L, null, 10.0)
                .note("2024 年及以后的申请尚未全部公开。")
                .build();
        Table applicants = Table.builder("top_applicants", "主要申请人",
                        Column.integer("rank", "排名"),
                        Column.text("applicant", "申请人"),
                        Column.date("first_filing", "首次申请日"),
                        Column.integer("applications", "申请量"),
                        Column.percent("share", "占比"))
                .row(1L, "宁德时代新能源科技股份有限公司", LocalDate.of(2015, 3, 2), 320L, 0.25)
                .row(2L, HYPERLINK, LocalDate.of(2016, 11, 30), 100L, 0.078125)
                .row(3L, "+1", null, 50L, 0.0001)
                .row(4L, "-2", LocalDate.of(2018, 1, 1), 40L, 0.03125)
                .row(5L, "@SUM(A1)", LocalDate.of(2019, 12, 31), 30L, null)
                .row(6L, "Smith, Jones & \"Partners\"\nLtd", LocalDate.of(2020, 2, 29), 20L, 0.015625)
                .build();
        Table provinces2015 = Table.builder("applicants_by_province_and_city_2015", "2015 年各省市申请人数",
                        Column.text("province", "省份"),
                        Column.text("city", "城市"),
                        Column.integer("applicants", "申请人数"))
                .row("福建省", "宁德市", 12L)
                .row("广东省", "\t深圳市", 30L)
                .build();
        Table provinces2016 = Table.builder("applicants_by_province_and_city_2016", "2016 年各省市申请人数",
                        Column.text("province", "省份"),
                        Column.text("city", "城市"),
                        Column.integer("applicants", "申请人数"))
                .row("福建省", "宁德市", 15L)
                .build();

        Section trendSection = new Section("trend", "申请趋势", List.of("2021 年申请量最高，为 1,240 件。"),
                List.of(Chart.of("trend_chart", Chart.Kind.LINE, "trend_by_year", "year", "applications")
                        .shaded("2021", "公开滞后")),
                List.of(trend));
        Section applicantSection = new Section("applicants", "申请人", List.of("前六位申请人占申请量的 42%。"),
                List.of(Chart.of("top_applicants_chart", Chart.Kind.RANKED_BAR, "top_applicants", "applicant",
                        "applications")),
                List.of(applicants, provinces2015, provinces2016));

        List<Kpi> kpis = List.of(
                new Kpi("applications", "申请量", Column.Type.INTEGER, 1477L, "2019–2021 年"),
                new Kpi("granted", "授权量", Column.Type.INTEGER, 567L, null),
                new Kpi("valid", "有效专利", Column.Type.INTEGER, 432L, null),
                new Kpi("applicants", "申请人", Column.Type.INTEGER, 89L, null),
                new Kpi("peak_year", "申请高峰年", Column.Type.YEAR, 2021, null),
                new Kpi("grant_rate", "授权率", Column.Type.PERCENT, 0.4595, null),
                new Kpi("median_pendency", "审查周期中位数（年）", Column.Type.DECIMAL, null, "数据不足"));

        // Map.of iterates in no fixed order: the manifest must come out the same whatever the order.
        Map<String, Object> manifest = Map.of(
                "sector", Map.of("id", "h01m4_anode", "name", "锂电池负极材料", "version", 3),
                "warehouse", Map.of("snapshot", 42L, "path", "/data/warehouse"),
                "counting", "applications, by earliest filing date",
                "period", List.of(2019, 2021));

        return new Report(lang, "锂电池负极材料专利态势分析", "中国 · 2019–2021 年 · 数据截至 2025-06-30", kpis,
                List.of(trendSection, applicantSection),
                List.of("申请量按最早申请日计。", "申请人名称已合并同一法人的不同写法。"), manifest);
    }
}
